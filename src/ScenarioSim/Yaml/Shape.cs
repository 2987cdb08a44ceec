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

/// <summary>The scenario file's shapes.</summary>
internal static class ScenarioShapes
{
    private static readonly ValueShape Number = new(ValueKind.Number);
    private static readonly ValueShape Whole = new(ValueKind.WholeNumber);
    private static readonly ValueShape Text = new(ValueKind.Text);
    private static readonly ValueShape Date = new(ValueKind.Date);
    private static readonly ValueShape Choice = new(ValueKind.Choice);

    public static readonly ObjectShape Run = new(("replications", Whole), ("seed", Whole));

    public static readonly ObjectShape RegionMilitia =
        new(("base_rate", Number), ("exposure_ref", Number), ("exposure_elasticity", Number));

    public static readonly ObjectShape RegionIsis = new(("activity_share", Number), ("governance_gap", Number));

    public static readonly ObjectShape Region = new(("id", Text), ("militia", RegionMilitia), ("isis", RegionIsis));

    public static readonly ObjectShape Breakpoint = new(("date", Date), ("troops", Number));

    /// <summary>A numeric parameter given as a distribution (the keys of every distribution kind).</summary>
    public static readonly ObjectShape Uncertain = new(
        ("dist", Choice), ("value", Number), ("min", Number), ("mode", Number), ("max", Number),
        ("mean", Number), ("sd", Number), ("mu", Number), ("sigma", Number), ("alpha", Number), ("beta", Number));

    public static readonly ObjectShape Correlation = new(("between", Text), ("rank", Number));

    public static readonly ObjectShape Slip =
        new(("dist", Choice), ("value", Number), ("min", Number), ("mode", Number), ("max", Number));

    public static readonly ObjectShape Force = new(
        ("contingent", Text),
        ("region", Text),
        ("interpolation", Choice),
        ("schedule", new ListShape(Breakpoint, ItemIdentity.IndexOnly)),
        ("slip_days", Slip));

    public static readonly ObjectShape State = new(
        ("mean_duration_days", Number),
        ("next", new NamedEntriesShape(Number, "state")),
        ("militia_multiplier", Number));

    public static readonly ObjectShape Escalation =
        new(("initial", Text), ("states", new NamedEntriesShape(State, "state")));

    public static readonly ObjectShape Casualties = new(("p_fatal", Number), ("extra_deaths_mean", Number));

    public static readonly ObjectShape Hawkes = new(("alpha", Number), ("decay_days", Number));

    public static readonly ObjectShape Militia = new(("casualties", Casualties), ("hawkes", Hawkes));

    public static readonly ObjectShape IsfCapacity = new(("start", Number), ("max", Number), ("growth_per_year", Number));

    public static readonly ObjectShape CoalitionEnabler = new(("weight", Number), ("troops_ref", Number));

    public static readonly ObjectShape Isis = new(
        ("initial_fighters", Whole),
        ("carrying_capacity", Number),
        ("recruitment_rate", Number),
        ("attrition_base", Number),
        ("attrition_ct", Number),
        ("isf_capacity", IsfCapacity),
        ("coalition_enabler", CoalitionEnabler),
        ("resurgence_threshold", Whole),
        ("attacks_per_1000_fighters_per_day", Number));

    public static readonly ObjectShape Window = new(("from", Date), ("to", Date));

    public static readonly ObjectShape Effect = new(
        ("target", Choice),
        ("multiply", Number),
        ("add", Number),
        ("set_state", Text),
        ("duration_days", Whole),
        ("region", Text));

    public static readonly ObjectShape Event = new(
        ("name", Text),
        ("date", Date),
        ("window", Window),
        ("probability", Number),
        ("effects", new ListShape(Effect, ItemIdentity.IndexOnly)));

    public static readonly ObjectShape PauseDrawdown =
        new(("when_militia_attacks_30d_above", Number), ("pause_days", Whole), ("group", Text));

    public static readonly ObjectShape Policies = new(("pause_drawdown", PauseDrawdown));

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
}
