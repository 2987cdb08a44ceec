using System.Globalization;
using System.Text.RegularExpressions;
using ScenarioSim.Diagnostics;
using ScenarioSim.Input;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScenarioSim.Yaml;

/// <summary>
/// Reads YAML text into a <see cref="LocatedNode"/> tree from YamlDotNet's parser events, which carry
/// the line and column of every node. Syntax errors become located diagnostics, never exceptions.
/// </summary>
internal static partial class LocatedYamlReader
{
    /// <summary>Reads one YAML document; null when the text has a syntax error (reported) or is empty.</summary>
    public static LocatedNode? Read(string text, string file, List<Diagnostic> diagnostics) =>
        Read(text, file, diagnostics, new YamlNodeBudget());

    /// <summary>
    /// Reads one YAML document, charging every node, with aliases counted as often as they are used,
    /// to <paramref name="budget"/> (shared by a file and its <c>extends</c> parents); null when the
    /// text has a syntax error, nests too deeply or expands to too many nodes (all reported), or is empty.
    /// </summary>
    public static LocatedNode? Read(string text, string file, List<Diagnostic> diagnostics, YamlNodeBudget budget)
    {
        var reader = new EventReader(file, diagnostics, budget);
        var parser = new Parser(new StringReader(text));
        try
        {
            return reader.ReadStream(parser);
        }
        catch (InputLimitException limit)
        {
            diagnostics.Add(new Diagnostic(string.Empty, limit.Message) { Location = At(file, limit.Mark) });
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new Diagnostic(string.Empty, $"invalid YAML: {CleanMessage(ex.Message)}")
            {
                Location = At(file, ex.Start),
            });
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some malformed input
            // (e.g. an unclosed flow mapping); the last event it produced is the best location known.
            Mark last = parser.Current?.End ?? Mark.Empty;
            diagnostics.Add(new Diagnostic(
                string.Empty,
                "invalid YAML: the text cannot be parsed after this point; check for an unclosed { or [, a stray quote or bad indentation")
            {
                Location = At(file, last),
            });
            return null;
        }
    }

    public static SourceLocation At(string file, Mark mark) =>
        new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

    /// <summary>YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the location is reported apart.</summary>
    private static string CleanMessage(string message)
    {
        string text = MarkPrefix().Replace(message, string.Empty).Trim();
        if (text.Length > 0)
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        return text.TrimEnd('.');
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();

    private sealed class EventReader(string file, List<Diagnostic> diagnostics, YamlNodeBudget budget)
    {
        private readonly Dictionary<string, (LocatedNode Node, long Size)> _anchors = new(StringComparer.Ordinal);
        private int _depth;

        public LocatedNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            LocatedNode root = ReadNode(parser).Node;
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                Report("a scenario file holds one YAML document, but a second one starts here", second.Start);
            }

            return root;
        }

        /// <summary>Reads one node and returns it with its size: the nodes it stands for once every alias is expanded.</summary>
        private (LocatedNode Node, long Size) ReadNode(IParser parser)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    Charge(target.Size, alias.Start);
                    return target;
                }

                Report($"alias '*{alias.Value.Value}' refers to no anchor defined before it", alias.Start);
                return (new LocatedScalar(At(file, alias.Start), string.Empty, isNull: true), 1);
            }

            LocatedNode node;
            NodeEvent start;
            long size = 1;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                start = scalar;
                bool isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                node = new LocatedScalar(At(file, scalar.Start), scalar.Value, isNull);
                Charge(1, scalar.Start);
            }
            else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                start = sequenceStart;
                Enter(sequenceStart.Start);
                var items = new List<LocatedNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var (item, itemSize) = ReadNode(parser);
                    items.Add(item);
                    size += itemSize;
                }

                _depth--;
                node = new LocatedSequence(At(file, sequenceStart.Start), items);
            }
            else
            {
                var mappingStart = parser.Consume<MappingStart>();
                start = mappingStart;
                Enter(mappingStart.Start);
                (node, size) = ReadMapping(parser, mappingStart);
                _depth--;
            }

            if (!start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = (node, size);
            }

            return (node, size);
        }

        /// <summary>Counts one more level of nesting; the check runs on the event stream, before the nested nodes are built.</summary>
        private void Enter(Mark mark)
        {
            if (++_depth > InputLimits.MaxYamlDepth)
            {
                throw new InputLimitException(
                    $"lists and mappings are nested more than {InputLimits.MaxYamlDepth} deep here; a scenario needs about 6 levels",
                    mark);
            }

            Charge(1, mark);
        }

        private void Charge(long nodes, Mark mark)
        {
            if (!budget.TryCharge(nodes))
            {
                throw new InputLimitException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"the scenario expands to more than {InputLimits.MaxYamlNodes:N0} YAML nodes once its aliases (*name) are replaced by what they refer to, counting the files it extends; this alias takes it over the limit"),
                    mark);
            }
        }

        private (LocatedMapping Node, long Size) ReadMapping(IParser parser, MappingStart mappingStart)
        {
            var entries = new List<KeyValuePair<LocatedScalar, LocatedNode>>();
            var seen = new Dictionary<string, LocatedScalar>(StringComparer.Ordinal);
            long size = 1;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var (key, keySize) = ReadNode(parser);
                var (value, valueSize) = ReadNode(parser);
                size += keySize + valueSize;
                if (key is not LocatedScalar scalarKey)
                {
                    diagnostics.Add(new Diagnostic(string.Empty, $"a mapping key must be a plain name, but was {key.Describe()}")
                    {
                        Location = key.Location,
                    });
                }
                else if (seen.TryGetValue(scalarKey.Value, out var first))
                {
                    diagnostics.Add(new Diagnostic(
                        string.Empty,
                        $"key '{scalarKey.Value}' appears twice in this mapping (first at line {first.Location.Line}); each key may appear once")
                    {
                        Location = scalarKey.Location,
                    });
                }
                else
                {
                    seen.Add(scalarKey.Value, scalarKey);
                    entries.Add(new(scalarKey, value));
                }
            }

            return (new LocatedMapping(At(file, mappingStart.Start), entries), size);
        }

        private void Report(string message, Mark mark) =>
            diagnostics.Add(new Diagnostic(string.Empty, message) { Location = At(file, mark) });
    }
}
