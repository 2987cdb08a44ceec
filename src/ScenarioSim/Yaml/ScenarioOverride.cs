using ScenarioSim.Diagnostics;
using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// Applies one <c>path=value</c> override (the CLI's <c>--set</c>) to a scenario tree. List items are
/// addressed by region id, <c>contingent/region</c>, event name or <c>[index]</c>; only numbers can
/// be set; a missing optional block on the way is created. Diagnostics are located at
/// <c>--set &lt;override&gt;:1:&lt;column of the offending part&gt;</c>.
/// </summary>
internal sealed class ScenarioOverride
{
    private readonly string _text;
    private readonly string _label;
    private readonly List<Diagnostic> _diagnostics;
    private readonly LocatedMapping? _distribution;
    private string _path = string.Empty;

    private ScenarioOverride(string text, List<Diagnostic> diagnostics, LocatedMapping? distribution = null)
    {
        _text = text;
        _label = "--set " + text;
        _diagnostics = diagnostics;
        _distribution = distribution;
    }

    /// <summary>Applies <paramref name="text"/> to <paramref name="root"/>, reporting every problem.</summary>
    public static void Apply(LocatedMapping root, string text, List<Diagnostic> diagnostics) =>
        new ScenarioOverride(text, diagnostics).Apply(root);

    /// <summary>
    /// Puts <paramref name="distribution"/> (a <c>{dist: …}</c> mapping, bound and validated like one written in
    /// the scenario) at the number <paramref name="text"/> names; <paramref name="text"/> is <c>path=label</c>,
    /// and path problems are located at <c>--set &lt;text&gt;</c> as for a number.
    /// </summary>
    public static void Apply(LocatedMapping root, string text, LocatedMapping distribution, List<Diagnostic> diagnostics) =>
        new ScenarioOverride(text, diagnostics, distribution).Apply(root);

    /// <summary>Appends <paramref name="correlations"/> to the scenario's top-level <c>correlations</c> list (created when missing).</summary>
    public static void AppendCorrelations(LocatedMapping root, LocatedScalar key, LocatedSequence correlations)
    {
        if (root.Find("correlations") is LocatedSequence existing)
        {
            existing.Items.AddRange(correlations.Items);
        }
        else
        {
            root.Set(key, correlations);
        }
    }

    private void Apply(LocatedMapping root)
    {
        int equals = _text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            Report(1, $"--set expects path=value (e.g. isis.recruitment_rate=0.0012), but was '{_text}'");
            return;
        }

        _path = _text[..equals];
        string valueText = _text[(equals + 1)..];
        int valueColumn = equals + 2;
        if (ParseSegments(_path) is not { } segments || Navigate(root, segments) is not { } setter)
        {
            return;
        }

        if (_distribution is not null)
        {
            setter(_distribution);
            return;
        }

        if (!YamlValues.TryParseNumber(valueText, out _))
        {
            Report(valueColumn, $"--set {_path}: the value must be a number (invariant culture, e.g. 0.0012), but was '{valueText}'");
            return;
        }

        setter(new LocatedScalar(new SourceLocation(_label, 1, valueColumn), valueText.Trim(), isNull: false));
    }

    private List<PathSegment>? ParseSegments(string path)
    {
        if (ParameterPath.TryParse(path, out var segments, out var problem, out int column))
        {
            return segments;
        }

        Report(column, problem == PathProblem.BadIndex
            ? $"--set {path}: a list index must look like [0], [1], …"
            : $"--set {path}: the path has an empty part");
        return null;
    }

    /// <summary>Walks the tree by <paramref name="segments"/>; returns how to store the new value.</summary>
    private Action<LocatedNode>? Navigate(LocatedMapping root, List<PathSegment> segments)
    {
        LocatedNode current = root;
        Shape shape = ScenarioShapes.Scenario;
        string walked = string.Empty;
        Action<LocatedNode>? setter = null;
        for (int k = 0; k < segments.Count; k++)
        {
            PathSegment segment = segments[k];
            bool last = k == segments.Count - 1;
            string here = walked.Length == 0 ? "the scenario" : walked;
            switch (shape)
            {
                case ObjectShape objectShape:
                {
                    if (segment.Index is not null || current is not LocatedMapping map)
                    {
                        return Fail(segment, $"{here} is {current.Describe()}, which has no {segment.Text}");
                    }

                    if (objectShape.Field(segment.Text) is not { } child)
                    {
                        string hint = Spelling.SingleClosest(segment.Text, objectShape.Keys) is { } closest
                            ? $"did you mean '{closest}'?"
                            : $"allowed keys are {Spelling.QuotedList(objectShape.Keys)}";
                        return Fail(segment, $"unknown key '{segment.Text}' in {here}; {hint}");
                    }

                    var key = new LocatedScalar(Location(segment), segment.Text, isNull: false);
                    LocatedNode? next = map.Find(segment.Text);
                    if (next is null or LocatedScalar { IsNull: true })
                    {
                        if (child is ObjectShape && !last)
                        {
                            next = new LocatedMapping(Location(segment), []);
                            map.Set(key, next);
                        }
                        else if (!(child is ValueShape && last))
                        {
                            return Fail(segment, $"{Join(walked, segment.Text)} is not in the scenario, so --set cannot change it");
                        }
                    }

                    setter = value => map.Set(key, value);
                    current = next!;
                    shape = child;
                    break;
                }

                case ListShape listShape:
                {
                    if (current is not LocatedSequence sequence)
                    {
                        return Fail(segment, $"{here} is {current.Describe()}, not a list");
                    }

                    int index = segment.Index ?? FindItem(sequence, listShape.Identity, segment.Text);
                    if (index < 0 || index >= sequence.Items.Count)
                    {
                        return Fail(segment, segment.Index is null
                            ? UnknownItem(here, sequence, listShape.Identity, segment.Text)
                            : $"{here} has {sequence.Items.Count} items, so {segment.Text} does not exist (indices start at 0)");
                    }

                    setter = value => sequence.Items[index] = value;
                    current = sequence.Items[index];
                    shape = listShape.Item;
                    break;
                }

                case NamedEntriesShape entriesShape:
                {
                    if (segment.Index is not null || current is not LocatedMapping map)
                    {
                        return Fail(segment, $"{here} is {current.Describe()}, which has no {segment.Text}");
                    }

                    var key = new LocatedScalar(Location(segment), segment.Text, isNull: false);
                    LocatedNode? next = map.Find(segment.Text);
                    if (next is null && !(last && entriesShape.Value is ValueShape or NumberOrListShape))
                    {
                        string hint = Spelling.Hint(segment.Text, map.Keys);
                        return Fail(
                            segment,
                            $"{here} has no {entriesShape.KeyNoun} '{segment.Text}' (it has {ListOrNone(map.Keys)}){hint}");
                    }

                    setter = value => map.Set(key, value);
                    current = next!;
                    shape = entriesShape.Value;
                    break;
                }

                case NumberOrListShape when segment.Index is int index && current is LocatedSequence sequence:
                    if (index >= sequence.Items.Count)
                    {
                        return Fail(segment, $"{here} has {sequence.Items.Count} items, so {segment.Text} does not exist (indices start at 0)");
                    }

                    setter = value => sequence.Items[index] = value;
                    current = sequence.Items[index];
                    shape = new ValueShape(ValueKind.Number);
                    break;

                default:
                    return Fail(segment, $"{here} is a single value and has no part {segment.Text}");
            }

            walked = segment.Index is null ? Join(walked, segment.Text) : walked + segment.Text;
        }

        return shape switch
        {
            ValueShape { IsNumeric: true } or NumberOrListShape => setter,
            ValueShape value => Fail(segments[^1], $"only numbers can be set, but {walked} is {value.Noun}"),
            _ => Fail(segments[^1], $"only numbers can be set, but {walked} is a block of settings; name one of its numbers"),
        };
    }

    private static int FindItem(LocatedSequence sequence, ItemIdentity identity, string name) =>
        identity == ItemIdentity.IndexOnly ? -1 : sequence.Items.FindIndex(item => ItemName(item, identity) == name);

    private static string? ItemName(LocatedNode item, ItemIdentity identity) => identity switch
    {
        ItemIdentity.Id => ScenarioTreeMerger.RegionKey(item),
        ItemIdentity.ContingentSlashRegion => ScenarioTreeMerger.ForceKey(item),
        ItemIdentity.Name => item is LocatedMapping map && map.Find("name") is LocatedScalar { IsNull: false } name ? name.Value : null,
        _ => null,
    };

    private static string UnknownItem(string here, LocatedSequence sequence, ItemIdentity identity, string name)
    {
        if (identity == ItemIdentity.IndexOnly)
        {
            return $"items of {here} are addressed by index, e.g. {here}[0]";
        }

        string noun = identity switch
        {
            ItemIdentity.Id => "region id",
            ItemIdentity.ContingentSlashRegion => "force contingent/region",
            _ => "event name",
        };
        List<string> names = sequence.Items.Select(item => ItemName(item, identity)).OfType<string>().ToList();
        return $"{here} has no {noun} '{name}' (it has {ListOrNone(names)}){Spelling.Hint(name, names)}";
    }

    private static string ListOrNone(IEnumerable<string> names) =>
        names.Any() ? Spelling.QuotedList(names) : "none";

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private SourceLocation Location(PathSegment segment) => new(_label, 1, segment.Column);

    private Action<LocatedNode>? Fail(PathSegment segment, string detail)
    {
        Report(segment.Column, $"--set {_path}: {detail}");
        return null;
    }

    private void Report(int column, string message) =>
        _diagnostics.Add(new Diagnostic(_path, message) { Location = new SourceLocation(_label, 1, column) });
}
