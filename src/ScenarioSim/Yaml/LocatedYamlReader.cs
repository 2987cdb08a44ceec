using System.Text.RegularExpressions;
using ScenarioSim.Diagnostics;
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
    public static LocatedNode? Read(string text, string file, List<ScenarioDiagnostic> diagnostics)
    {
        var reader = new EventReader(file, diagnostics);
        var parser = new Parser(new StringReader(text));
        try
        {
            return reader.ReadStream(parser);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(new ScenarioDiagnostic(string.Empty, $"invalid YAML: {CleanMessage(ex.Message)}")
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
            diagnostics.Add(new ScenarioDiagnostic(
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

    private sealed class EventReader(string file, List<ScenarioDiagnostic> diagnostics)
    {
        private readonly Dictionary<string, LocatedNode> _anchors = new(StringComparer.Ordinal);

        public LocatedNode? ReadStream(IParser parser)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            LocatedNode root = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                Report("a scenario file holds one YAML document, but a second one starts here", second.Start);
            }

            return root;
        }

        private LocatedNode ReadNode(IParser parser)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                if (_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    return target;
                }

                Report($"alias '*{alias.Value.Value}' refers to no anchor defined before it", alias.Start);
                return new LocatedScalar(At(file, alias.Start), string.Empty, isNull: true);
            }

            LocatedNode node;
            NodeEvent start;
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                start = scalar;
                bool isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                node = new LocatedScalar(At(file, scalar.Start), scalar.Value, isNull);
            }
            else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
            {
                start = sequenceStart;
                var items = new List<LocatedNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser));
                }

                node = new LocatedSequence(At(file, sequenceStart.Start), items);
            }
            else
            {
                var mappingStart = parser.Consume<MappingStart>();
                start = mappingStart;
                node = ReadMapping(parser, mappingStart);
            }

            if (!start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = node;
            }

            return node;
        }

        private LocatedMapping ReadMapping(IParser parser, MappingStart mappingStart)
        {
            var entries = new List<KeyValuePair<LocatedScalar, LocatedNode>>();
            var seen = new Dictionary<string, LocatedScalar>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                LocatedNode key = ReadNode(parser);
                LocatedNode value = ReadNode(parser);
                if (key is not LocatedScalar scalarKey)
                {
                    diagnostics.Add(new ScenarioDiagnostic(string.Empty, $"a mapping key must be a plain name, but was {key.Describe()}")
                    {
                        Location = key.Location,
                    });
                }
                else if (seen.TryGetValue(scalarKey.Value, out var first))
                {
                    diagnostics.Add(new ScenarioDiagnostic(
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

            return new LocatedMapping(At(file, mappingStart.Start), entries);
        }

        private void Report(string message, Mark mark) =>
            diagnostics.Add(new ScenarioDiagnostic(string.Empty, message) { Location = At(file, mark) });
    }
}
