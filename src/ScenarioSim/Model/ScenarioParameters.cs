using System.Globalization;
using System.Text.RegularExpressions;

namespace ScenarioSim.Model;

/// <summary>
/// Reads and replaces a scenario's numeric parameters by path, in the form diagnostics use
/// (<c>regions[1].militia.base_rate</c>, <c>isis.isf_capacity.growth_per_year</c>,
/// <c>forces[0].schedule[2].troops</c>). Used to draw uncertain parameters per replication, and by
/// analyses that move one parameter at a time. Whole-number parameters are rounded half away from zero.
/// </summary>
/// <remarks>Stateless and thread-safe; scenarios are immutable, so <see cref="With"/> returns a new one.</remarks>
public static class ScenarioParameters
{
    private static readonly Parameter[] Parameters =
    [
        Indexed(ParameterField.RegionBaseRate, @"regions\[(\d+)\]\.militia\.base_rate", (s, i) => s.Regions[i[0]].Militia?.BaseRate,
            (s, i, v) => Region(s, i[0], r => r with { Militia = r.Militia! with { BaseRate = v } })),
        Indexed(ParameterField.RegionExposureRef, @"regions\[(\d+)\]\.militia\.exposure_ref", (s, i) => s.Regions[i[0]].Militia?.ExposureRef,
            (s, i, v) => Region(s, i[0], r => r with { Militia = r.Militia! with { ExposureRef = v } })),
        Indexed(ParameterField.RegionExposureElasticity, @"regions\[(\d+)\]\.militia\.exposure_elasticity", (s, i) => s.Regions[i[0]].Militia?.ExposureElasticity,
            (s, i, v) => Region(s, i[0], r => r with { Militia = r.Militia! with { ExposureElasticity = v } })),
        Indexed(ParameterField.RegionActivityShare, @"regions\[(\d+)\]\.isis\.activity_share", (s, i) => s.Regions[i[0]].Isis?.ActivityShare,
            (s, i, v) => Region(s, i[0], r => r with { Isis = r.Isis! with { ActivityShare = v } })),
        Indexed(ParameterField.RegionGovernanceGap, @"regions\[(\d+)\]\.isis\.governance_gap", (s, i) => s.Regions[i[0]].Isis?.GovernanceGap,
            (s, i, v) => Region(s, i[0], r => r with { Isis = r.Isis! with { GovernanceGap = v } })),
        Indexed(ParameterField.ScheduleTroops, @"forces\[(\d+)\]\.schedule\[(\d+)\]\.troops", (s, i) => s.Forces[i[0]].Schedule[i[1]].Troops,
            (s, i, v) => Force(s, i[0], f => f with { Schedule = Replace(f.Schedule, i[1], f.Schedule[i[1]] with { Troops = v }) })),
        Indexed(ParameterField.StateMeanDuration, @"escalation\.states\[(\d+)\]\.mean_duration_days", (s, i) => s.Escalation!.States[i[0]].MeanDurationDays,
            (s, i, v) => State(s, i[0], st => st with { MeanDurationDays = v })),
        Indexed(ParameterField.StateMilitiaMultiplier, @"escalation\.states\[(\d+)\]\.militia_multiplier", (s, i) => s.Escalation!.States[i[0]].MilitiaMultiplier,
            (s, i, v) => State(s, i[0], st => st with { MilitiaMultiplier = v })),
        Indexed(ParameterField.NextWeight, @"escalation\.states\[(\d+)\]\.next\[(\d+)\]\.weight", (s, i) => s.Escalation!.States[i[0]].Next[i[1]].Weight,
            (s, i, v) => State(s, i[0], st => st with { Next = Replace(st.Next, i[1], st.Next[i[1]] with { Weight = v }) })),
        Plain(ParameterField.PFatal, "militia.casualties.p_fatal", s => s.Militia.Casualties.PFatal,
            (s, v) => s with { Militia = s.Militia with { Casualties = s.Militia.Casualties with { PFatal = v } } }),
        Plain(ParameterField.ExtraDeathsMean, "militia.casualties.extra_deaths_mean", s => s.Militia.Casualties.ExtraDeathsMean,
            (s, v) => s with { Militia = s.Militia with { Casualties = s.Militia.Casualties with { ExtraDeathsMean = v } } }),
        Plain(ParameterField.HawkesAlpha, "militia.hawkes.alpha", s => s.Militia.Hawkes?.Alpha,
            (s, v) => s with { Militia = s.Militia with { Hawkes = s.Militia.Hawkes! with { Alpha = v } } }),
        Plain(ParameterField.HawkesDecayDays, "militia.hawkes.decay_days", s => s.Militia.Hawkes?.DecayDays,
            (s, v) => s with { Militia = s.Militia with { Hawkes = s.Militia.Hawkes! with { DecayDays = v } } }),
        Plain(ParameterField.InitialFighters, "isis.initial_fighters", s => s.Isis?.InitialFighters, (s, v) => Isis(s, x => x with { InitialFighters = Whole(v) })),
        Plain(ParameterField.CarryingCapacity, "isis.carrying_capacity", s => s.Isis?.CarryingCapacity, (s, v) => Isis(s, x => x with { CarryingCapacity = v })),
        Plain(ParameterField.RecruitmentRate, "isis.recruitment_rate", s => s.Isis?.RecruitmentRate, (s, v) => Isis(s, x => x with { RecruitmentRate = v })),
        Plain(ParameterField.AttritionBase, "isis.attrition_base", s => s.Isis?.AttritionBase, (s, v) => Isis(s, x => x with { AttritionBase = v })),
        Plain(ParameterField.AttritionCt, "isis.attrition_ct", s => s.Isis?.AttritionCt, (s, v) => Isis(s, x => x with { AttritionCt = v })),
        Plain(ParameterField.IsfStart, "isis.isf_capacity.start", s => s.Isis?.IsfCapacity.Start,
            (s, v) => Isis(s, x => x with { IsfCapacity = x.IsfCapacity with { Start = v } })),
        Plain(ParameterField.IsfMax, "isis.isf_capacity.max", s => s.Isis?.IsfCapacity.Max,
            (s, v) => Isis(s, x => x with { IsfCapacity = x.IsfCapacity with { Max = v } })),
        Plain(ParameterField.IsfGrowthPerYear, "isis.isf_capacity.growth_per_year", s => s.Isis?.IsfCapacity.GrowthPerYear,
            (s, v) => Isis(s, x => x with { IsfCapacity = x.IsfCapacity with { GrowthPerYear = v } })),
        Plain(ParameterField.EnablerWeight, "isis.coalition_enabler.weight", s => s.Isis?.CoalitionEnabler.Weight,
            (s, v) => Isis(s, x => x with { CoalitionEnabler = x.CoalitionEnabler with { Weight = v } })),
        Plain(ParameterField.EnablerTroopsRef, "isis.coalition_enabler.troops_ref", s => s.Isis?.CoalitionEnabler.TroopsRef,
            (s, v) => Isis(s, x => x with { CoalitionEnabler = x.CoalitionEnabler with { TroopsRef = v } })),
        Plain(ParameterField.ResurgenceThreshold, "isis.resurgence_threshold", s => s.Isis?.ResurgenceThreshold, (s, v) => Isis(s, x => x with { ResurgenceThreshold = Whole(v) })),
        Plain(ParameterField.AttacksPer1000, "isis.attacks_per_1000_fighters_per_day", s => s.Isis?.AttacksPer1000FightersPerDay,
            (s, v) => Isis(s, x => x with { AttacksPer1000FightersPerDay = v })),
        Indexed(ParameterField.EventProbability, @"events\[(\d+)\]\.probability", (s, i) => s.Events[i[0]].Probability,
            (s, i, v) => Event(s, i[0], e => e with { Probability = v })),
        Indexed(ParameterField.EffectMultiply, @"events\[(\d+)\]\.effects\[(\d+)\]\.multiply", (s, i) => s.Events[i[0]].Effects[i[1]].Multiply,
            (s, i, v) => Effect(s, i[0], i[1], e => e with { Multiply = v })),
        Indexed(ParameterField.EffectAdd, @"events\[(\d+)\]\.effects\[(\d+)\]\.add", (s, i) => s.Events[i[0]].Effects[i[1]].Add,
            (s, i, v) => Effect(s, i[0], i[1], e => e with { Add = v })),
        Indexed(ParameterField.EffectDuration, @"events\[(\d+)\]\.effects\[(\d+)\]\.duration_days", (s, i) => s.Events[i[0]].Effects[i[1]].DurationDays,
            (s, i, v) => Effect(s, i[0], i[1], e => e with { DurationDays = Whole(v) })),
        Plain(ParameterField.PauseThreshold, "policies.pause_drawdown.when_militia_attacks_30d_above", s => s.Policies.PauseDrawdown?.WhenMilitiaAttacks30dAbove,
            (s, v) => s with { Policies = s.Policies with { PauseDrawdown = s.Policies.PauseDrawdown! with { WhenMilitiaAttacks30dAbove = v } } }),
        Plain(ParameterField.PauseDays, "policies.pause_drawdown.pause_days", s => s.Policies.PauseDrawdown?.PauseDays,
            (s, v) => s with { Policies = s.Policies with { PauseDrawdown = s.Policies.PauseDrawdown! with { PauseDays = Whole(v) } } }),
    ];

    /// <summary>
    /// Rewrites a path that names list items by id (<c>regions.anbar.militia.base_rate</c>,
    /// <c>escalation.states.conflict.militia_multiplier</c>, <c>events.surge.probability</c>,
    /// <c>forces.us/anbar.schedule[1].troops</c>), as <c>--set</c> does, into the indexed form
    /// (<c>regions[1].militia.base_rate</c>). Paths already indexed, or naming nothing, come back unchanged.
    /// </summary>
    /// <param name="scenario">The scenario whose lists the names refer to.</param>
    /// <param name="path">The path.</param>
    public static string Normalize(Scenario scenario, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        path = Named(path, "regions.", scenario.Regions.Select(r => r.Id).ToList(), "regions");
        path = Named(path, "escalation.states.", scenario.Escalation?.States.Select(st => st.Name).ToList() ?? [], "escalation.states");
        path = Named(path, "events.", scenario.Events.Select(e => e.Name).ToList(), "events");
        return Named(path, "forces.", scenario.Forces.Select(f => f.Contingent + "/" + f.Region).ToList(), "forces");
    }

    /// <summary>
    /// <c>regions[1].militia.base_rate</c> as <c>regions.anbar.militia.base_rate</c> (the <c>--set</c> form),
    /// for people to read: the run report and the console name parameters alike. <paramref name="regionIds"/>
    /// are the ids in the scenario's order; the path comes back unchanged when its index is unknown.
    /// </summary>
    internal static string Label(string path, IReadOnlyList<string> regionIds)
    {
        var match = Regex.Match(path, @"^regions\[(\d+)\]", RegexOptions.CultureInvariant);
        return match.Success && int.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out int index) && index < regionIds.Count
            ? $"regions.{regionIds[index]}{path[match.Length..]}"
            : path;
    }

    private static string Named(string path, string prefix, List<string> names, string list)
    {
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

    /// <summary>The value at <paramref name="path"/>, or <see langword="null"/> when the scenario has no such parameter.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">A parameter path, e.g. <c>regions[1].militia.base_rate</c>.</param>
    public static double? Get(Scenario scenario, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!TryMatch(path, out var parameter, out var indices))
        {
            return null;
        }

        try
        {
            return parameter.Get(scenario, indices);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or NullReferenceException)
        {
            return null;
        }
    }

    /// <summary>A copy of <paramref name="scenario"/> with the parameter at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">A parameter path that <see cref="Get"/> finds.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="ArgumentException">The scenario has no numeric parameter at that path.</exception>
    public static Scenario With(Scenario scenario, string path, double value) => Setter(scenario, path)(scenario, value);

    /// <summary>
    /// Resolves <paramref name="path"/> once, for setting it again and again (one draw per replication):
    /// the returned function is <see cref="With"/> for that path, without matching the path each time.
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no numeric parameter at that path.</exception>
    internal static Func<Scenario, double, Scenario> Setter(Scenario scenario, string path) =>
        TryResolve(scenario, path, out _, out var set)
            ? set
            : throw new ArgumentException($"'{path}' is not a numeric parameter of scenario '{scenario.Name}'.", nameof(path));

    /// <summary>
    /// Resolves <paramref name="path"/> once into a getter and a setter (<see cref="Get"/> and <see cref="With"/>
    /// for that path, without matching it again); false when the scenario has no numeric parameter there.
    /// </summary>
    internal static bool TryResolve(Scenario scenario, string path, out Func<Scenario, double?> get, out Func<Scenario, double, Scenario> set)
    {
        if (Get(scenario, path) is null || !TryMatch(path, out var parameter, out var indices))
        {
            get = null!;
            set = null!;
            return false;
        }

        get = target => parameter.Get(target, indices);
        set = (target, value) => parameter.Set(target, indices, value);
        return true;
    }

    /// <summary>
    /// Which parameter <paramref name="path"/> names and its list indices (region, force and breakpoint,
    /// state and move, event and effect, in path order), for the engine's per-lane parameter slots.
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no numeric parameter at that path.</exception>
    internal static (ParameterField Field, int[] Indices) Locate(Scenario scenario, string path) =>
        Get(scenario, path) is not null && TryMatch(path, out var parameter, out var indices)
            ? (parameter.Field, indices)
            : throw new ArgumentException($"'{path}' is not a numeric parameter of scenario '{scenario.Name}'.", nameof(path));

    private static bool TryMatch(string path, out Parameter parameter, out int[] indices)
    {
        foreach (var candidate in Parameters)
        {
            var match = candidate.Pattern.Match(path);
            if (match.Success)
            {
                parameter = candidate;
                indices = match.Groups.Values.Skip(1).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture)).ToArray();
                return true;
            }
        }

        parameter = null!;
        indices = [];
        return false;
    }

    /// <summary>A whole-number parameter's value: <paramref name="value"/> rounded half away from zero (the engine rounds its draws with this too).</summary>
    internal static int Whole(double value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static Parameter Plain(ParameterField field, string path, Func<Scenario, double?> get, Func<Scenario, double, Scenario> set) =>
        new(field, new Regex("^" + Regex.Escape(path) + "$", RegexOptions.CultureInvariant), (s, _) => get(s), (s, _, v) => set(s, v));

    private static Parameter Indexed(ParameterField field, string pattern, Func<Scenario, int[], double?> get, Func<Scenario, int[], double, Scenario> set) =>
        new(field, new Regex("^" + pattern + "$", RegexOptions.CultureInvariant), get, set);

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

    private sealed record Parameter(ParameterField Field, Regex Pattern, Func<Scenario, int[], double?> Get, Func<Scenario, int[], double, Scenario> Set);
}
