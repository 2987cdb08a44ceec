using System.Globalization;

namespace ScenarioSim.Model;

/// <summary>
/// Every numeric scenario parameter, each defined once (docs/model.md, section 11): its path pattern,
/// unit, rule, default, meaning, accessor and <c>with</c>, and the engine's lane tag. <c>--set</c>,
/// <c>--set-file</c>, sweeps, sensitivity, uncertain parameters, calibration's <c>--fit</c>, the engine's
/// lane slots and the docs' parameter table are all served from here.
/// </summary>
/// <remarks>
/// Adding a numeric parameter: its property on the model record, one entry here (and a member of
/// <see cref="ParameterField"/>, the engine's tag), and the engine step that uses it (with its lane case
/// when it may be uncertain). The file format still names the key, binds it and checks its rule on its
/// own (Yaml/Shape.cs, ScenarioBinder, ScenarioRules); tests hold those, the engine's lane case and the
/// docs equal to this table. Stateless and thread-safe.
/// </remarks>
internal static class ParameterTable
{
    private const string Required = "required";
    private static readonly Bounds AtLeastZero = new(0, false, double.PositiveInfinity);
    private static readonly Bounds AtLeastOne = new(1, false, double.PositiveInfinity);
    private static readonly Bounds AboveZero = new(0, true, double.PositiveInfinity);
    private static readonly Bounds Probability = new(0, false, 1);
    private static readonly Bounds Unbounded = new(double.NegativeInfinity, false, double.PositiveInfinity);

    /// <summary>The parameters, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<ParameterDefinition> All =
    [
        Define(ParameterField.RegionBaseRate, "regions[].militia.base_rate", "attacks/day at exposure 1, multiplier 1", AtLeastZero, null, Required,
            "a region's militia attack rate before exposure, escalation and self-excitation",
            (s, i) => s.Regions[i[0]].Militia?.BaseRate,
            (s, i, v) => Region(s, i[0], r => r with { Militia = r.Militia! with { BaseRate = v } })),
        Define(ParameterField.RegionExposureRef, "regions[].militia.exposure_ref", "troops", AboveZero, ModelDefaults.ExposureRef, string.Empty,
            "the troop level at which exposure is 1",
            (s, i) => s.Regions[i[0]].Militia?.ExposureRef,
            (s, i, v) => Region(s, i[0], r => r with { Militia = r.Militia! with { ExposureRef = v } })),
        Define(ParameterField.RegionExposureElasticity, "regions[].militia.exposure_elasticity", "—", AtLeastZero, ModelDefaults.ExposureElasticity, string.Empty,
            "how exposure grows with troops: (troops / exposure_ref) ^ elasticity",
            (s, i) => s.Regions[i[0]].Militia?.ExposureElasticity,
            (s, i, v) => Region(s, i[0], r => r with { Militia = r.Militia! with { ExposureElasticity = v } })),
        Define(ParameterField.RegionActivityShare, "regions[].isis.activity_share", "share", AtLeastZero, null, Required,
            "the region's share of the ISIS pool's attacks (shares need not sum to 1)",
            (s, i) => s.Regions[i[0]].Isis?.ActivityShare,
            (s, i, v) => Region(s, i[0], r => r with { Isis = r.Isis! with { ActivityShare = v } })),
        Define(ParameterField.RegionGovernanceGap, "regions[].isis.governance_gap", "factor", AtLeastZero, 1, string.Empty,
            "multiplies the region's ISIS attacks where governance is weak",
            (s, i) => s.Regions[i[0]].Isis?.GovernanceGap,
            (s, i, v) => Region(s, i[0], r => r with { Isis = r.Isis! with { GovernanceGap = v } })),
        Define(ParameterField.ScheduleTroops, "forces[].schedule[].troops", "troops", AtLeastZero, null, Required,
            "a force's troops at one breakpoint of its schedule",
            (s, i) => s.Forces[i[0]].Schedule[i[1]].Troops,
            (s, i, v) => Force(s, i[0], f => f with { Schedule = Replace(f.Schedule, i[1], f.Schedule[i[1]] with { Troops = v }) })),
        Define(ParameterField.StateMeanDuration, "escalation.states[].mean_duration_days", "days", AtLeastOne, null, "never leaves",
            "how long the chain stays in the state on average: it leaves with probability 1/mean_duration_days a day",
            (s, i) => s.Escalation!.States[i[0]].MeanDurationDays,
            (s, i, v) => State(s, i[0], st => st with { MeanDurationDays = v })),
        Define(ParameterField.StateMilitiaMultiplier, "escalation.states[].militia_multiplier", "factor", AtLeastZero, 1, string.Empty,
            "multiplies every region's militia base rate while the chain is in the state",
            (s, i) => s.Escalation!.States[i[0]].MilitiaMultiplier,
            (s, i, v) => State(s, i[0], st => st with { MilitiaMultiplier = v })),
        Define(ParameterField.NextWeight, "escalation.states[].next[].weight", "weight", AtLeastZero, null, "none",
            "the weight of one move out of the state (weights are normalised)",
            (s, i) => s.Escalation!.States[i[0]].Next[i[1]].Weight,
            (s, i, v) => State(s, i[0], st => st with { Next = Replace(st.Next, i[1], st.Next[i[1]] with { Weight = v }) })),
        Define(ParameterField.PFatal, "militia.casualties.p_fatal", "probability per attack", Probability, ModelDefaults.PFatal, string.Empty,
            "the chance that a militia attack kills",
            s => s.Militia.Casualties.PFatal,
            (s, v) => s with { Militia = s.Militia with { Casualties = s.Militia.Casualties with { PFatal = v } } }),
        Define(ParameterField.ExtraDeathsMean, "militia.casualties.extra_deaths_mean", "deaths per fatal attack", AtLeastZero, ModelDefaults.ExtraDeathsMean, string.Empty,
            "mean deaths beyond the first in a fatal attack",
            s => s.Militia.Casualties.ExtraDeathsMean,
            (s, v) => s with { Militia = s.Militia with { Casualties = s.Militia.Casualties with { ExtraDeathsMean = v } } }),
        Define(ParameterField.HawkesAlpha, "militia.hawkes.alpha", "attacks/day per attack", AtLeastZero, null, "none (plain Poisson)",
            "how much each attack raises the next days' rate (self-excitation)",
            s => s.Militia.Hawkes?.Alpha,
            (s, v) => s with { Militia = s.Militia with { Hawkes = s.Militia.Hawkes! with { Alpha = v } } }),
        Define(ParameterField.HawkesDecayDays, "militia.hawkes.decay_days", "days", AboveZero, null, "none (plain Poisson)",
            "how fast the self-excitation fades: it shrinks by exp(−1/decay_days) a day",
            s => s.Militia.Hawkes?.DecayDays,
            (s, v) => s with { Militia = s.Militia with { Hawkes = s.Militia.Hawkes! with { DecayDays = v } } }),

        // The ISIS pool's numbers in the order calibration lists those it fits.
        Define(ParameterField.InitialFighters, "isis.initial_fighters", "fighters", AtLeastZero, ModelDefaults.IsisInitialFighters, string.Empty,
            "the pool on day 0", s => s.Isis?.InitialFighters, (s, v) => Isis(s, x => x with { InitialFighters = Whole(v) }), whole: true),
        Define(ParameterField.CarryingCapacity, "isis.carrying_capacity", "fighters", AboveZero, ModelDefaults.IsisCarryingCapacity, string.Empty,
            "K: recruitment stops as the pool nears it", s => s.Isis?.CarryingCapacity, (s, v) => Isis(s, x => x with { CarryingCapacity = v })),
        Define(ParameterField.RecruitmentRate, "isis.recruitment_rate", "per fighter per day", AtLeastZero, ModelDefaults.IsisRecruitmentRate, string.Empty,
            "ρ: recruits per fighter per day at low density", s => s.Isis?.RecruitmentRate, (s, v) => Isis(s, x => x with { RecruitmentRate = v })),
        Define(ParameterField.AttritionBase, "isis.attrition_base", "per fighter per day", Probability, ModelDefaults.IsisAttritionBase, string.Empty,
            "δ0: daily loss probability without counter-terrorism", s => s.Isis?.AttritionBase, (s, v) => Isis(s, x => x with { AttritionBase = v })),
        Define(ParameterField.AttritionCt, "isis.attrition_ct", "per fighter per day at capacity 1", AtLeastZero, ModelDefaults.IsisAttritionCt, string.Empty,
            "δct: daily loss probability added per unit of counter-terrorism capacity", s => s.Isis?.AttritionCt, (s, v) => Isis(s, x => x with { AttritionCt = v })),
        Define(ParameterField.AttacksPer1000, "isis.attacks_per_1000_fighters_per_day", "attacks per 1,000 fighters per day", AtLeastZero,
            ModelDefaults.IsisAttacksPer1000FightersPerDay, string.Empty, "ISIS attacks the pool makes, shared out by activity_share",
            s => s.Isis?.AttacksPer1000FightersPerDay, (s, v) => Isis(s, x => x with { AttacksPer1000FightersPerDay = v })),
        Define(ParameterField.IsfStart, "isis.isf_capacity.start", "capacity", AtLeastZero, ModelDefaults.IsfStart, string.Empty,
            "Iraqi security forces' capacity on day 0", s => s.Isis?.IsfCapacity.Start,
            (s, v) => Isis(s, x => x with { IsfCapacity = x.IsfCapacity with { Start = v } })),
        Define(ParameterField.IsfMax, "isis.isf_capacity.max", "capacity", AtLeastZero, ModelDefaults.IsfMax, string.Empty,
            "the capacity the ISF grow towards", s => s.Isis?.IsfCapacity.Max,
            (s, v) => Isis(s, x => x with { IsfCapacity = x.IsfCapacity with { Max = v } })),
        Define(ParameterField.IsfGrowthPerYear, "isis.isf_capacity.growth_per_year", "share of the gap per year", new Bounds(0, false, 365), ModelDefaults.IsfGrowthPerYear,
            string.Empty, "how fast the ISF close the gap to max", s => s.Isis?.IsfCapacity.GrowthPerYear,
            (s, v) => Isis(s, x => x with { IsfCapacity = x.IsfCapacity with { GrowthPerYear = v } })),
        Define(ParameterField.EnablerWeight, "isis.coalition_enabler.weight", "capacity", AtLeastZero, ModelDefaults.CoalitionWeight, string.Empty,
            "counter-terrorism capacity the coalition adds at troops_ref troops or more", s => s.Isis?.CoalitionEnabler.Weight,
            (s, v) => Isis(s, x => x with { CoalitionEnabler = x.CoalitionEnabler with { Weight = v } })),
        Define(ParameterField.EnablerTroopsRef, "isis.coalition_enabler.troops_ref", "troops", AboveZero, ModelDefaults.CoalitionTroopsRef, string.Empty,
            "the troop level at which the coalition's enabler weight is full", s => s.Isis?.CoalitionEnabler.TroopsRef,
            (s, v) => Isis(s, x => x with { CoalitionEnabler = x.CoalitionEnabler with { TroopsRef = v } })),
        Define(ParameterField.ResurgenceThreshold, "isis.resurgence_threshold", "fighters", AtLeastZero, ModelDefaults.IsisResurgenceThreshold, string.Empty,
            "the pool size that counts as a resurgence (metrics only)", s => s.Isis?.ResurgenceThreshold,
            (s, v) => Isis(s, x => x with { ResurgenceThreshold = Whole(v) }), whole: true),

        Define(ParameterField.EventProbability, "events[].probability", "probability per replication", Probability, 1, string.Empty,
            "the chance the event happens in a replication",
            (s, i) => s.Events[i[0]].Probability,
            (s, i, v) => Event(s, i[0], e => e with { Probability = v })),
        Define(ParameterField.EffectMultiply, "events[].effects[].multiply", "factor", AtLeastZero, null, "by target",
            "what an effect multiplies its target by while it lasts",
            (s, i) => s.Events[i[0]].Effects[i[1]].Multiply,
            (s, i, v) => Effect(s, i[0], i[1], e => e with { Multiply = v })),
        Define(ParameterField.EffectAdd, "events[].effects[].add", "fighters/day (isis.inflow) or fighters (isis.fighters)", Unbounded, null, "by target",
            "what an effect adds to its target (≥ 0 for isis.inflow, whole for isis.fighters)",
            (s, i) => s.Events[i[0]].Effects[i[1]].Add,
            (s, i, v) => Effect(s, i[0], i[1], e => e with { Add = v })),
        Define(ParameterField.EffectDuration, "events[].effects[].duration_days", "days", AtLeastOne, null, "to the end of the run",
            "how many days an effect lasts, its first day included",
            (s, i) => s.Events[i[0]].Effects[i[1]].DurationDays,
            (s, i, v) => Effect(s, i[0], i[1], e => e with { DurationDays = Whole(v) }), whole: true),
        Define(ParameterField.PauseThreshold, "policies.pause_drawdown.when_militia_attacks_30d_above", "attacks per 30 days", AtLeastZero, null, "required in the block",
            "militia attacks in 30 days above which the drawdown pauses",
            s => s.Policies.PauseDrawdown?.WhenMilitiaAttacks30dAbove,
            (s, v) => s with { Policies = s.Policies with { PauseDrawdown = s.Policies.PauseDrawdown! with { WhenMilitiaAttacks30dAbove = v } } }),
        Define(ParameterField.PauseDays, "policies.pause_drawdown.pause_days", "days", AtLeastOne, null, "required in the block",
            "how long a pause holds every force's schedule clock",
            s => s.Policies.PauseDrawdown?.PauseDays,
            (s, v) => s with { Policies = s.Policies with { PauseDrawdown = s.Policies.PauseDrawdown! with { PauseDays = Whole(v) } } }, whole: true),
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

    /// <summary>Each parameter's template as parts: names, and null for each list index.</summary>
    private static readonly List<string?>[] TemplateParts = All.Select(p => Parts(p.Template)).ToArray();

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

    private static ParameterDefinition Define(
        ParameterField field, string template, string unit, Bounds bounds, double? defaultValue, string absent, string doc,
        Func<Scenario, int[], double?> get, Func<Scenario, int[], double, Scenario> set, bool whole = false) =>
        new(field, template, unit, bounds.Lower, bounds.LowerExclusive, bounds.Upper, defaultValue, absent, doc, whole, get, set);

    private static ParameterDefinition Define(
        ParameterField field, string template, string unit, Bounds bounds, double? defaultValue, string absent, string doc,
        Func<Scenario, double?> get, Func<Scenario, double, Scenario> set, bool whole = false) =>
        Define(field, template, unit, bounds, defaultValue, absent, doc, (s, _) => get(s), (s, _, v) => set(s, v), whole);

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
}
