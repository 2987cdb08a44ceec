using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// What a scenario file may contain at one place: the loader checks keys against it and <c>--set</c>
/// navigates by it, so the two never disagree.
/// </summary>
internal abstract record Shape;

/// <summary>Kinds of scalar values.</summary>
internal enum ValueKind
{
    Number,
    WholeNumber,
    Text,
    Date,
    Choice,
}

/// <summary>A scalar value.</summary>
internal sealed record ValueShape(ValueKind Kind) : Shape
{
    public bool IsNumeric => Kind is ValueKind.Number or ValueKind.WholeNumber;

    /// <summary>How the kind reads in "… is a date" messages.</summary>
    public string Noun => Kind switch
    {
        ValueKind.Date => "a date",
        ValueKind.Choice => "a name from a fixed list",
        ValueKind.Text => "text",
        _ => "a number",
    };
}

/// <summary>A mapping with a fixed set of keys.</summary>
internal sealed record ObjectShape(params (string Key, Shape Shape)[] Fields) : Shape
{
    public IEnumerable<string> Keys => Fields.Select(f => f.Key);

    public Shape? Field(string key) => Fields.FirstOrDefault(f => f.Key == key).Shape;
}

/// <summary>A mapping whose keys are names the user chooses (states, next weights, metrics).</summary>
/// <param name="Value">Shape of each value.</param>
/// <param name="KeyNoun">What a key names, for messages ("state").</param>
internal sealed record NamedEntriesShape(Shape Value, string KeyNoun) : Shape;

/// <summary>How list items are addressed by <c>--set</c> besides <c>[index]</c>.</summary>
internal enum ItemIdentity
{
    IndexOnly,
    Id,
    ContingentSlashRegion,
    Name,
}

/// <summary>A list of items.</summary>
internal sealed record ListShape(Shape Item, ItemIdentity Identity) : Shape;

/// <summary>A number or a list of numbers (report thresholds).</summary>
internal sealed record NumberOrListShape : Shape;

/// <summary>
/// The scenario file's shapes. A block that binds to a model record (<c>regions[].militia</c>, <c>isis</c>,
/// <c>events[].effects[]</c>) takes its numbers from the <see cref="ParameterTable"/>, in the table's order:
/// only the keys that are not plain numbers (names, dates, lists, distributions, inner blocks) are written
/// here, each placed first or after the key it follows in the file.
/// </summary>
internal static class ScenarioShapes
{
    private static readonly ValueShape Number = new(ValueKind.Number);
    private static readonly ValueShape Whole = new(ValueKind.WholeNumber);
    private static readonly ValueShape Text = new(ValueKind.Text);
    private static readonly ValueShape Date = new(ValueKind.Date);
    private static readonly ValueShape Choice = new(ValueKind.Choice);

    public static readonly ObjectShape Run = new(("replications", Whole), ("seed", Whole));

    public static readonly ObjectShape RegionMilitia = Block("regions[].militia");

    public static readonly ObjectShape RegionIsis = Block("regions[].isis");

    public static readonly ObjectShape Region = Block("regions[]", First("id", Text), First("militia", RegionMilitia), First("isis", RegionIsis));

    public static readonly ObjectShape Breakpoint = Block("forces[].schedule[]", First("date", Date));

    /// <summary>A numeric parameter given as a distribution (the keys of every distribution kind).</summary>
    public static readonly ObjectShape Uncertain = new(
        ("dist", Choice), ("value", Number), ("min", Number), ("mode", Number), ("max", Number),
        ("mean", Number), ("sd", Number), ("mu", Number), ("sigma", Number), ("alpha", Number), ("beta", Number));

    public static readonly ObjectShape Correlation = new(("between", Text), ("rank", Number));

    public static readonly ObjectShape Slip =
        new(("dist", Choice), ("value", Number), ("min", Number), ("mode", Number), ("max", Number));

    public static readonly ObjectShape Force = Block(
        "forces[]",
        First("contingent", Text),
        First("region", Text),
        First("interpolation", Choice),
        First("schedule", new ListShape(Breakpoint, ItemIdentity.IndexOnly)),
        First("slip_days", Slip));

    public static readonly ObjectShape State =
        Block("escalation.states[]", After("mean_duration_days", "next", new NamedEntriesShape(Number, "state")));

    public static readonly ObjectShape Escalation =
        Block("escalation", First("initial", Text), First("states", new NamedEntriesShape(State, "state")));

    public static readonly ObjectShape Casualties = Block("militia.casualties");

    public static readonly ObjectShape Hawkes = Block("militia.hawkes");

    public static readonly ObjectShape Militia = Block("militia", First("casualties", Casualties), First("hawkes", Hawkes));

    public static readonly ObjectShape IsfCapacity = Block("isis.isf_capacity");

    public static readonly ObjectShape CoalitionEnabler = Block("isis.coalition_enabler");

    public static readonly ObjectShape Isis = Block(
        "isis", After("attrition_ct", "isf_capacity", IsfCapacity), After("attrition_ct", "coalition_enabler", CoalitionEnabler));

    public static readonly ObjectShape Window = new(("from", Date), ("to", Date));

    public static readonly ObjectShape Effect = Block(
        "events[].effects[]", First("target", Choice), After("add", "set_state", Text), After("duration_days", "region", Text));

    public static readonly ObjectShape Event = Block(
        "events[]",
        First("name", Text),
        First("date", Date),
        First("window", Window),
        After("probability", "effects", new ListShape(Effect, ItemIdentity.IndexOnly)));

    public static readonly ObjectShape PauseDrawdown = Block("policies.pause_drawdown", After("pause_days", "group", Text));

    public static readonly ObjectShape Policies = Block("policies", First("pause_drawdown", PauseDrawdown));

    public static readonly ObjectShape Report =
        new(("thresholds", new NamedEntriesShape(new NumberOrListShape(), "metric")));

    public static readonly ObjectShape Scenario = new(
        ("name", Text),
        ("description", Text),
        ("extends", Text),
        ("start", Date),
        ("end", Date),
        ("run", Run),
        ("regions", new ListShape(Region, ItemIdentity.Id)),
        ("groups", new NamedEntriesShape(new ListShape(Text, ItemIdentity.IndexOnly), "group")),
        ("forces", new ListShape(Force, ItemIdentity.ContingentSlashRegion)),
        ("escalation", Escalation),
        ("militia", Militia),
        ("isis", Isis),
        ("events", new ListShape(Event, ItemIdentity.Name)),
        ("policies", Policies),
        ("correlations", new ListShape(Correlation, ItemIdentity.IndexOnly)),
        ("report", Report));

    /// <summary>
    /// The block at <paramref name="template"/> (a <see cref="ParameterDefinition.Block"/>): the table's numbers
    /// held there, in the table's order, with <paramref name="others"/> placed among them: those with no key to
    /// follow first, each other one straight after its key (after what was placed there before it).
    /// </summary>
    private static ObjectShape Block(string template, params Placed[] others)
    {
        var fields = ParameterTable.InBlock(template)
            .Select(p => (p.Key, (Shape)(p.IsWhole ? Whole : Number)))
            .ToList();
        int front = 0;
        var lastAfter = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var other in others)
        {
            if (other.After is null)
            {
                fields.Insert(front++, (other.Key, other.Shape));
                continue;
            }

            string anchor = lastAfter.GetValueOrDefault(other.After, other.After);
            int at = fields.FindIndex(f => f.Key == anchor);
            if (at < 0)
            {
                throw new InvalidOperationException($"{template}: no key '{anchor}' to place '{other.Key}' after");
            }

            fields.Insert(at + 1, (other.Key, other.Shape));
            lastAfter[other.After] = other.Key;
        }

        return new ObjectShape([.. fields]);
    }

    private static Placed First(string key, Shape shape) => new(key, shape, null);

    private static Placed After(string after, string key, Shape shape) => new(key, shape, after);

    /// <summary>A key of a block that is not one of the table's numbers, and the key it follows (null: it comes first).</summary>
    private readonly record struct Placed(string Key, Shape Shape, string? After);
}
