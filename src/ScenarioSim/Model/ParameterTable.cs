using System.Globalization;

namespace ScenarioSim.Model;

/// <summary>
/// Every numeric scenario parameter, each defined once (docs/model.md, section 11): its path pattern,
/// unit, rule, default, meaning, accessor and <c>with</c>, and the engine's lane tag. <c>--set</c>,
/// <c>--set-file</c>, sweeps, sensitivity, uncertain parameters, calibration's <c>--fit</c>, the engine's
/// lane slots and the docs' parameter table are all served from here.
/// </summary>
/// <remarks>
/// Adding a numeric parameter: its property (with its default) on the model record, one entry here in
/// the block that holds it (and a member of <see cref="ParameterField"/>, the engine's tag), and the engine
/// step that uses it (with its lane case in <c>Engine/LaneParameters.Set</c> when it may be uncertain).
/// The rest follows from the entry: the file format's key and kind (<c>Yaml/Shape.cs</c>), the binder that
/// reads it (<c>ScenarioBinder.Numbers</c>), its range rule (<c>ScenarioRules.Numbers</c>), <c>--set</c>,
/// sweeps, sensitivity, uncertain parameters, and the docs' table (<see cref="ParameterTableMarkdown"/>,
/// pasted into docs/scenario-format.md and held equal by a test). A new block also needs its
/// <c>Block</c> here, its record bound in its section's binder and its place in <c>Shape.cs</c>; a number
/// whose rule gates another (the Hawkes branching ratio) its section's rule. Stateless and thread-safe.
/// </remarks>
internal static class ParameterTable
{
    private const string Required = "required";
    private static readonly Bounds AtLeastZero = new(0, false, double.PositiveInfinity);
    private static readonly Bounds AtLeastOne = new(1, false, double.PositiveInfinity);
    private static readonly Bounds AboveZero = new(0, true, double.PositiveInfinity);
    private static readonly Bounds Probability = new(0, false, 1);
    private static readonly Bounds Unbounded = new(double.NegativeInfinity, false, double.PositiveInfinity);

    // The blocks of the scenario file that hold numbers: each block's template, how to find it in a
    // scenario (null when the scenario lacks it) and how to put a changed copy back.
    private static readonly Block<RegionMilitia> RegionMilitiaBlock = new(
        "regions[].militia", (s, i) => s.Regions[i[0]].Militia, (s, i, m) => Region(s, i[0], r => r with { Militia = m }));

    private static readonly Block<RegionIsis> RegionIsisBlock = new(
        "regions[].isis", (s, i) => s.Regions[i[0]].Isis, (s, i, x) => Region(s, i[0], r => r with { Isis = x }));

    private static readonly Block<ScheduleBreakpoint> BreakpointBlock = new(
        "forces[].schedule[]",
        (s, i) => s.Forces[i[0]].Schedule[i[1]],
        (s, i, b) => Force(s, i[0], f => f with { Schedule = Replace(f.Schedule, i[1], b) }));

    private static readonly Block<EscalationState> StateBlock = new(
        "escalation.states[]", (s, i) => s.Escalation!.States[i[0]], (s, i, st) => State(s, i[0], _ => st));

    private static readonly Block<EscalationTransition> MoveBlock = new(
        "escalation.states[].next[]",
        (s, i) => s.Escalation!.States[i[0]].Next[i[1]],
        (s, i, move) => State(s, i[0], st => st with { Next = Replace(st.Next, i[1], move) }));

    private static readonly Block<Casualties> CasualtiesBlock = new(
        "militia.casualties", (s, _) => s.Militia.Casualties, (s, _, c) => s with { Militia = s.Militia with { Casualties = c } });

    private static readonly Block<HawkesExcitation> HawkesBlock = new(
        "militia.hawkes", (s, _) => s.Militia.Hawkes, (s, _, h) => s with { Militia = s.Militia with { Hawkes = h } });

    private static readonly Block<IsisModel> IsisBlock = new("isis", (s, _) => s.Isis, (s, _, x) => s with { Isis = x });

    private static readonly Block<IsfCapacity> IsfBlock = new(
        "isis.isf_capacity", (s, _) => s.Isis?.IsfCapacity, (s, _, c) => Isis(s, x => x with { IsfCapacity = c }));

    private static readonly Block<CoalitionEnabler> EnablerBlock = new(
        "isis.coalition_enabler", (s, _) => s.Isis?.CoalitionEnabler, (s, _, c) => Isis(s, x => x with { CoalitionEnabler = c }));

    private static readonly Block<ScenarioEvent> EventBlock = new("events[]", (s, i) => s.Events[i[0]], (s, i, e) => Event(s, i[0], _ => e));

    private static readonly Block<EventEffect> EffectBlock = new(
        "events[].effects[]", (s, i) => s.Events[i[0]].Effects[i[1]], (s, i, e) => Effect(s, i[0], i[1], _ => e));

    private static readonly Block<PauseDrawdownPolicy> PauseBlock = new(
        "policies.pause_drawdown",
        (s, _) => s.Policies.PauseDrawdown,
        (s, _, p) => s with { Policies = s.Policies with { PauseDrawdown = p } });

    /// <summary>
    /// The parameters, in the order a scenario file holds them (each block's keys in the order the file
    /// format lists them, the docs list them and the scenario rules check them).
    /// </summary>
    public static readonly IReadOnlyList<ParameterDefinition> All =
    [
        RegionMilitiaBlock.Number(ParameterField.RegionBaseRate, "base_rate", "attacks/day at exposure 1, multiplier 1", AtLeastZero, null, Required,
            "a region's militia attack rate before exposure, escalation and self-excitation",
            m => m.BaseRate, (m, v) => m with { BaseRate = v }, required: true),
        RegionMilitiaBlock.Number(ParameterField.RegionExposureRef, "exposure_ref", "troops", AboveZero, ModelDefaults.ExposureRef, string.Empty,
            "the troop level at which exposure is 1",
            m => m.ExposureRef, (m, v) => m with { ExposureRef = v }),
        RegionMilitiaBlock.Number(ParameterField.RegionExposureElasticity, "exposure_elasticity", "—", AtLeastZero, ModelDefaults.ExposureElasticity, string.Empty,
            "how exposure grows with troops: (troops / exposure_ref) ^ elasticity",
            m => m.ExposureElasticity, (m, v) => m with { ExposureElasticity = v }),
        RegionIsisBlock.Number(ParameterField.RegionActivityShare, "activity_share", "share", AtLeastZero, null, Required,
            "the region's share of the ISIS pool's attacks (shares need not sum to 1)",
            x => x.ActivityShare, (x, v) => x with { ActivityShare = v }, required: true),
        RegionIsisBlock.Number(ParameterField.RegionGovernanceGap, "governance_gap", "factor", AtLeastZero, 1, string.Empty,
            "multiplies the region's ISIS attacks where governance is weak",
            x => x.GovernanceGap, (x, v) => x with { GovernanceGap = v }),
        BreakpointBlock.Number(ParameterField.ScheduleTroops, "troops", "troops", AtLeastZero, null, Required,
            "a force's troops at one breakpoint of its schedule",
            b => b.Troops, (b, v) => b with { Troops = v }, required: true),
        StateBlock.Number(ParameterField.StateMeanDuration, "mean_duration_days", "days", AtLeastOne, null, "never leaves",
            "how long the chain stays in the state on average: it leaves with probability 1/mean_duration_days a day",
            st => st.MeanDurationDays, (st, v) => st with { MeanDurationDays = v }),
        StateBlock.Number(ParameterField.StateMilitiaMultiplier, "militia_multiplier", "factor", AtLeastZero, 1, string.Empty,
            "multiplies every region's militia base rate while the chain is in the state",
            st => st.MilitiaMultiplier, (st, v) => st with { MilitiaMultiplier = v }),
        MoveBlock.Number(ParameterField.NextWeight, "weight", "weight", AtLeastZero, null, "none",
            "the weight of one move out of the state (weights are normalised)",
            move => move.Weight, (move, v) => move with { Weight = v }),
        CasualtiesBlock.Number(ParameterField.PFatal, "p_fatal", "probability per attack", Probability, ModelDefaults.PFatal, string.Empty,
            "the chance that a militia attack kills",
            c => c.PFatal, (c, v) => c with { PFatal = v }),
        CasualtiesBlock.Number(ParameterField.ExtraDeathsMean, "extra_deaths_mean", "deaths per fatal attack", AtLeastZero, ModelDefaults.ExtraDeathsMean, string.Empty,
            "mean deaths beyond the first in a fatal attack",
            c => c.ExtraDeathsMean, (c, v) => c with { ExtraDeathsMean = v }),
        HawkesBlock.Number(ParameterField.HawkesAlpha, "alpha", "attacks/day per attack", AtLeastZero, null, "none (plain Poisson)",
            "how much each attack raises the next days' rate (self-excitation)",
            h => h.Alpha, (h, v) => h with { Alpha = v }, required: true),
        HawkesBlock.Number(ParameterField.HawkesDecayDays, "decay_days", "days", AboveZero, null, "none (plain Poisson)",
            "how fast the self-excitation fades: it shrinks by exp(−1/decay_days) a day",
            h => h.DecayDays, (h, v) => h with { DecayDays = v }, required: true),
        IsisBlock.Number(ParameterField.InitialFighters, "initial_fighters", "fighters", AtLeastZero, ModelDefaults.IsisInitialFighters, string.Empty,
            "the pool on day 0", x => x.InitialFighters, (x, v) => x with { InitialFighters = Whole(v) }, whole: true),
        IsisBlock.Number(ParameterField.CarryingCapacity, "carrying_capacity", "fighters", AboveZero, ModelDefaults.IsisCarryingCapacity, string.Empty,
            "K: recruitment stops as the pool nears it", x => x.CarryingCapacity, (x, v) => x with { CarryingCapacity = v }),
        IsisBlock.Number(ParameterField.RecruitmentRate, "recruitment_rate", "per fighter per day", AtLeastZero, ModelDefaults.IsisRecruitmentRate, string.Empty,
            "ρ: recruits per fighter per day at low density", x => x.RecruitmentRate, (x, v) => x with { RecruitmentRate = v }),
        IsisBlock.Number(ParameterField.AttritionBase, "attrition_base", "per fighter per day", Probability, ModelDefaults.IsisAttritionBase, string.Empty,
            "δ0: daily loss probability without counter-terrorism", x => x.AttritionBase, (x, v) => x with { AttritionBase = v }),
        IsisBlock.Number(ParameterField.AttritionCt, "attrition_ct", "per fighter per day at capacity 1", AtLeastZero, ModelDefaults.IsisAttritionCt, string.Empty,
            "δct: daily loss probability added per unit of counter-terrorism capacity", x => x.AttritionCt, (x, v) => x with { AttritionCt = v }),
        IsfBlock.Number(ParameterField.IsfStart, "start", "capacity", AtLeastZero, ModelDefaults.IsfStart, string.Empty,
            "Iraqi security forces' capacity on day 0", c => c.Start, (c, v) => c with { Start = v }),
        IsfBlock.Number(ParameterField.IsfMax, "max", "capacity", AtLeastZero, ModelDefaults.IsfMax, string.Empty,
            "the capacity the ISF grow towards", c => c.Max, (c, v) => c with { Max = v }),
        IsfBlock.Number(ParameterField.IsfGrowthPerYear, "growth_per_year", "share of the gap per year", new Bounds(0, false, 365), ModelDefaults.IsfGrowthPerYear,
            string.Empty, "how fast the ISF close the gap to max", c => c.GrowthPerYear, (c, v) => c with { GrowthPerYear = v }),
        EnablerBlock.Number(ParameterField.EnablerWeight, "weight", "capacity", AtLeastZero, ModelDefaults.CoalitionWeight, string.Empty,
            "counter-terrorism capacity the coalition adds at troops_ref troops or more", c => c.Weight, (c, v) => c with { Weight = v }),
        EnablerBlock.Number(ParameterField.EnablerTroopsRef, "troops_ref", "troops", AboveZero, ModelDefaults.CoalitionTroopsRef, string.Empty,
            "the troop level at which the coalition's enabler weight is full", c => c.TroopsRef, (c, v) => c with { TroopsRef = v }),
        IsisBlock.Number(ParameterField.ResurgenceThreshold, "resurgence_threshold", "fighters", AtLeastZero, ModelDefaults.IsisResurgenceThreshold, string.Empty,
            "the pool size that counts as a resurgence (metrics only)", x => x.ResurgenceThreshold,
            (x, v) => x with { ResurgenceThreshold = Whole(v) }, whole: true),
        IsisBlock.Number(ParameterField.AttacksPer1000, "attacks_per_1000_fighters_per_day", "attacks per 1,000 fighters per day", AtLeastZero,
            ModelDefaults.IsisAttacksPer1000FightersPerDay, string.Empty, "ISIS attacks the pool makes, shared out by activity_share",
            x => x.AttacksPer1000FightersPerDay, (x, v) => x with { AttacksPer1000FightersPerDay = v }),
        EventBlock.Number(ParameterField.EventProbability, "probability", "probability per replication", Probability, 1, string.Empty,
            "the chance the event happens in a replication",
            e => e.Probability, (e, v) => e with { Probability = v }),
        EffectBlock.Number(ParameterField.EffectMultiply, "multiply", "factor", AtLeastZero, null, "by target",
            "what an effect multiplies its target by while it lasts",
            e => e.Multiply, (e, v) => e with { Multiply = v }),
        EffectBlock.Number(ParameterField.EffectAdd, "add", "fighters/day (isis.inflow) or fighters (isis.fighters)", Unbounded, null, "by target",
            "what an effect adds to its target (≥ 0 for isis.inflow, whole for isis.fighters)",
            e => e.Add, (e, v) => e with { Add = v }),
        EffectBlock.Number(ParameterField.EffectDuration, "duration_days", "days", AtLeastOne, null, "to the end of the run",
            "how many days an effect lasts, its first day included",
            e => e.DurationDays, (e, v) => e with { DurationDays = Whole(v) }, whole: true),
        PauseBlock.Number(ParameterField.PauseThreshold, "when_militia_attacks_30d_above", "attacks per 30 days", AtLeastZero, null, "required in the block",
            "militia attacks in 30 days above which the drawdown pauses",
            p => p.WhenMilitiaAttacks30dAbove, (p, v) => p with { WhenMilitiaAttacks30dAbove = v }, required: true),
        PauseBlock.Number(ParameterField.PauseDays, "pause_days", "days", AtLeastOne, null, "required in the block",
            "how long a pause holds every force's schedule clock",
            p => p.PauseDays, (p, v) => p with { PauseDays = Whole(v) }, whole: true, required: true),
    ];

    /// <summary>
    /// The lists whose items a path may name instead of indexing (<c>regions.anbar</c> for <c>regions[1]</c>),
    /// with each item's name in the scenario's order.
    /// </summary>
    private static readonly (string List, Func<Scenario, IReadOnlyList<string>> Names)[] NamedLists =
    [
        ("regions", s => s.Regions.Select(r => r.Id).ToList()),
        ("escalation.states", s => s.Escalation?.States.Select(st => st.Name).ToList() ?? []),
        ("events", s => s.Events.Select(e => e.Name).ToList()),
        ("forces", s => s.Forces.Select(f => f.Contingent + "/" + f.Region).ToList()),
    ];

    private static readonly Dictionary<ParameterField, ParameterDefinition> ByField = All.ToDictionary(p => p.Field);

    private static readonly Dictionary<string, ParameterDefinition[]> ByBlock =
        All.GroupBy(p => p.Block, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParameterDefinition[]> WithinCache = new(StringComparer.Ordinal);

    /// <summary>Each parameter's template as parts: names, and null for each list index.</summary>
    private static readonly List<string?>[] TemplateParts = All.Select(p => Parts(p.Template)).ToArray();

    /// <summary>The numbers held straight in the block at <paramref name="block"/> (<c>regions[].militia</c>, <c>isis</c>), in the table's order.</summary>
    public static IReadOnlyList<ParameterDefinition> InBlock(string block) => ByBlock.GetValueOrDefault(block) ?? [];

    /// <summary>
    /// The numbers of the item or block at <paramref name="block"/> (<c>regions[]</c>, <c>isis</c>): those held
    /// in it or in its inner blocks, but not in the lists it holds (<c>forces[]</c> leaves out
    /// <c>forces[].schedule[].troops</c>); in the table's order.
    /// </summary>
    public static IReadOnlyList<ParameterDefinition> Within(string block) =>
        WithinCache.GetOrAdd(block, b => All
            .Where(p => p.Template.StartsWith(b + ".", StringComparison.Ordinal) && !p.Template[(b.Length + 1)..].Contains("[]", StringComparison.Ordinal))
            .ToArray());

    /// <summary>The parameter the engine tags <paramref name="field"/>.</summary>
    public static ParameterDefinition Of(ParameterField field) => ByField[field];

    /// <summary>
    /// Which parameter the indexed path <paramref name="path"/> (<c>regions[1].militia.base_rate</c>) names,
    /// and its list indices in path order; false when it names none (whatever the scenario holds).
    /// </summary>
    public static bool TryMatch(string path, out ParameterDefinition parameter, out int[] indices)
    {
        parameter = null!;
        indices = [];
        if (ParameterPath.Canonical(path) is not { } segments)
        {
            return false;
        }

        for (int k = 0; k < All.Count; k++)
        {
            if (Matches(TemplateParts[k], segments))
            {
                parameter = All[k];
                indices = segments.Where(s => s.Index is not null).Select(s => s.Index!.Value).ToArray();
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Rewrites a path that names list items (<c>regions.anbar.militia.base_rate</c>,
    /// <c>escalation.states.conflict.militia_multiplier</c>, <c>events.surge.probability</c>,
    /// <c>forces.us/anbar.schedule[1].troops</c>), as <c>--set</c> does, into the indexed form. Paths already
    /// indexed, or naming nothing, come back unchanged.
    /// </summary>
    public static string Normalize(Scenario scenario, string path)
    {
        foreach (var (list, names) in NamedLists)
        {
            path = Named(path, list, names(scenario));
        }

        return path;
    }

    /// <summary>A whole-number parameter's value: <paramref name="value"/> rounded half away from zero (the engine rounds its draws with this too).</summary>
    public static int Whole(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static bool Matches(List<string?> parts, List<PathSegment> segments)
    {
        if (parts.Count != segments.Count)
        {
            return false;
        }

        for (int k = 0; k < parts.Count; k++)
        {
            if (parts[k] is null ? segments[k].Index is null : segments[k].Index is not null || segments[k].Text != parts[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A template's parts: names, and null for each list index.</summary>
    private static List<string?> Parts(string template)
    {
        var parts = new List<string?>();
        foreach (string name in template.Split('.'))
        {
            bool indexed = name.EndsWith("[]", StringComparison.Ordinal);
            parts.Add(indexed ? name[..^2] : name);
            if (indexed)
            {
                parts.Add(null);
            }
        }

        return parts;
    }

    private static string Named(string path, string list, IReadOnlyList<string> names)
    {
        string prefix = list + ".";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return path;
        }

        string rest = path[prefix.Length..];

        // The longest name that the rest starts with, followed by a dot: ids may contain dots or slashes.
        int best = -1;
        for (int i = 0; i < names.Count; i++)
        {
            if (rest.StartsWith(names[i] + ".", StringComparison.Ordinal) && (best < 0 || names[i].Length > names[best].Length))
            {
                best = i;
            }
        }

        return best < 0 ? path : $"{list}[{best.ToString(CultureInfo.InvariantCulture)}]{rest[names[best].Length..]}";
    }

    private static IReadOnlyList<T> Replace<T>(IReadOnlyList<T> list, int index, T item)
    {
        var copy = list.ToArray();
        copy[index] = item;
        return copy;
    }

    private static Scenario Region(Scenario s, int index, Func<Region, Region> change) =>
        s with { Regions = Replace(s.Regions, index, change(s.Regions[index])) };

    private static Scenario Force(Scenario s, int index, Func<ForceDeployment, ForceDeployment> change) =>
        s with { Forces = Replace(s.Forces, index, change(s.Forces[index])) };

    private static Scenario State(Scenario s, int index, Func<EscalationState, EscalationState> change) =>
        s with { Escalation = s.Escalation! with { States = Replace(s.Escalation.States, index, change(s.Escalation.States[index])) } };

    private static Scenario Isis(Scenario s, Func<IsisModel, IsisModel> change) => s with { Isis = change(s.Isis!) };

    private static Scenario Event(Scenario s, int index, Func<ScenarioEvent, ScenarioEvent> change) =>
        s with { Events = Replace(s.Events, index, change(s.Events[index])) };

    private static Scenario Effect(Scenario s, int eventIndex, int effectIndex, Func<EventEffect, EventEffect> change) =>
        Event(s, eventIndex, e => e with { Effects = Replace(e.Effects, effectIndex, change(e.Effects[effectIndex])) });

    /// <summary>A parameter's allowed range.</summary>
    private readonly record struct Bounds(double Lower, bool LowerExclusive, double Upper);

    /// <summary>
    /// A block of the scenario file that holds numbers (<c>regions[].militia</c>), as the record it binds to:
    /// where a scenario keeps it (null when the scenario lacks it) and how to put a changed copy back.
    /// </summary>
    private sealed class Block<T>(string template, Func<Scenario, int[], T?> find, Func<Scenario, int[], T, Scenario> replace)
        where T : class
    {
        /// <summary>One number of the block: its key, what it means, and how to read it from the record and make a copy with another value.</summary>
        public ParameterDefinition Number(
            ParameterField field, string key, string unit, Bounds bounds, double? defaultValue, string absent, string doc,
            Func<T, double?> read, Func<T, double, T> with, bool whole = false, bool required = false) =>
            new(field, $"{template}.{key}", unit, bounds.Lower, bounds.LowerExclusive, bounds.Upper, defaultValue, absent, doc, whole, required,
                (s, i) => find(s, i) is { } block ? read(block) : null,
                (s, i, v) => replace(s, i, with(find(s, i)!, v)),
                (block, v) => with((T)block, v));
    }
}
