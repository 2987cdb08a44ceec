using System.Globalization;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>Turns a validated <see cref="Scenario"/> into a <see cref="CompiledScenario"/>.</summary>
internal static class ScenarioCompiler
{
    /// <summary>
    /// Compiles <paramref name="scenario"/>, which must already have passed <see cref="ScenarioValidator"/>.
    /// Troops, exposure and ISIS attrition are tabulated by day when they are the same in every
    /// replication: no slip, no pause policy, and no uncertain parameter they depend on. Each uncertain
    /// parameter's path is resolved once into the <see cref="ParameterSlot"/> its draws set.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="initial">Where a conditioned run starts; <see langword="null"/> for the scenario's own day 0.</param>
    public static CompiledScenario Compile(Scenario scenario, InitialConditions? initial = null)
    {
        int days = scenario.Days;
        var regionIds = scenario.Regions.Select(r => r.Id).ToArray();
        var regionIndex = regionIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        int regionCount = regionIds.Length;

        var (monthLabels, monthOfDay, daysInMonth) = CompileMonths(scenario.Start, days);
        var located = scenario.Uncertainties.Select(u => ScenarioParameters.Locate(scenario, u.Path)).ToArray();
        var uncertainMoves = located.Where(p => p.Field == ParameterField.NextWeight).Select(p => (p.Indices[0], p.Indices[1])).ToHashSet();
        var forces = CompiledForces.Compile(scenario, regionIndex, located);
        var escalation = CompiledEscalation.Compile(scenario.Escalation, uncertainMoves);
        var events = CompiledEvents.Compile(scenario, regionIndex, escalation);
        var pause = scenario.Policies.PauseDrawdown;
        var uncertainties = scenario.Uncertainties
            .Select((u, j) => new CompiledUncertainty(
                u.Path, u.Distribution, StreamKey.ForComponent(ComponentNames.Parameter(u.Path)), Slot(located[j], escalation.NextSource, events.EffectOffset)))
            .ToArray();
        var correlated = scenario.Correlations.SelectMany(c => new[] { c.First, c.Second }).Distinct(StringComparer.Ordinal).ToArray();
        return new CompiledScenario
        {
            Source = scenario,
            Days = days,
            RegionCount = regionCount,
            RegionIds = regionIds,
            MonthCount = monthLabels.Length,
            MonthLabels = monthLabels,
            MonthOfDay = monthOfDay,
            DaysInMonth = daysInMonth,
            Forces = forces,
            Escalation = escalation,
            Militia = CompiledMilitia.Compile(scenario),
            Isis = CompiledIsis.Compile(scenario, forces),
            Events = events,
            Uncertainties = uncertainties,
            Copula = correlated.Length == 0 ? null : ParameterCopula.Create(correlated, scenario.Correlations),
            CopulaIndex = correlated.Select(path => Array.FindIndex(uncertainties, u => u.Path == path)).ToArray(),
            HasPausePolicy = pause is not null,
            PauseThreshold = pause?.WhenMilitiaAttacks30dAbove ?? double.PositiveInfinity,
            PauseDays = pause?.PauseDays ?? 0,
            PauseCounts = Enumerable.Range(0, regionCount)
                .Select(r => pause?.Group is not { } counted || scenario.Groups.Any(g => g.Name == counted && g.Regions.Contains(regionIds[r])))
                .ToArray(),
            PauseCountsSome = pause?.Group is not null,
            GroupNames = scenario.Groups.Select(g => g.Name).ToArray(),
            GroupRegions = scenario.Groups.Select(g => g.Regions.Select(id => regionIndex[id]).ToArray()).ToArray(),
            Initial = initial,
        };
    }

    /// <summary>The lane value a parameter's draws set: its path's indices turned into the engine's positions.</summary>
    private static ParameterSlot Slot((ParameterField Field, int[] Indices) located, int[][] moveSources, int[] effectOffsets)
    {
        var (field, indices) = located;
        return field switch
        {
            ParameterField.NextWeight => new(field, indices[0], Array.IndexOf(moveSources[indices[0]], indices[1])),
            ParameterField.EffectMultiply or ParameterField.EffectAdd or ParameterField.EffectDuration =>
                new(field, effectOffsets[indices[0]] + indices[1], 0),
            _ => new(field, indices.Length > 0 ? indices[0] : 0, indices.Length > 1 ? indices[1] : 0),
        };
    }

    /// <summary>The Hawkes excitation's daily decay factor exp(−1/decay_days).</summary>
    internal static double HawkesDecayFactor(double decayDays) => Math.Exp(-1 / decayDays);

    /// <summary>ISIS attacks per fighter per day, attacks_per_1000_fighters_per_day / 1000.</summary>
    internal static double AttacksPerFighter(double attacksPer1000) => attacksPer1000 / 1000.0;

    /// <summary>A region's ISIS attacks per fighter per day: attacks per fighter · activity_share · governance_gap.</summary>
    internal static double IsisAttackRate(double attacksPerFighter, double activityShare, double governanceGap) =>
        attacksPerFighter * activityShare * governanceGap;

    /// <summary>Days an effect lasts: one day for one-off targets (fighters added, state set), else duration_days or the rest of the run.</summary>
    internal static int EffectDuration(EffectTarget target, int? durationDays) =>
        target is EffectTarget.IsisFighters or EffectTarget.Escalation ? 1 : durationDays ?? int.MaxValue;

    /// <summary>Daily attrition probability δ = attrition_base + attrition_ct · (I + weight · min(1, T/troops_ref)), clamped to [0, 1].</summary>
    internal static double Attrition(double attritionBase, double attritionCt, double isf, double weight, double troopsRef, double troops) =>
        Math.Clamp(attritionBase + (attritionCt * (isf + (weight * Math.Min(1.0, troops / troopsRef)))), 0.0, 1.0);

    /// <summary>Exposure E = (T / exposure_ref)^elasticity for T &gt; 0, else 0 (no militia block: 0).</summary>
    internal static double Exposure(double troops, double exposureRef, double elasticity) =>
        troops > 0 ? Math.Pow(troops / exposureRef, elasticity) : 0;

    /// <summary>I(t) for every day: <c>I(t+1) = I(t) + g·(max − I(t))</c>, <c>g = growth_per_year/365</c>.</summary>
    internal static double[] IsfCapacityPath(IsfCapacity isf, int days)
    {
        var path = new double[days];
        IsfCapacityPath(isf.Start, isf.Max, isf.GrowthPerYear, path);
        return path;
    }

    /// <summary>Writes I(t) for every day of <paramref name="path"/> (see <see cref="IsfCapacityPath(IsfCapacity, int)"/>).</summary>
    internal static void IsfCapacityPath(double start, double max, double growthPerYear, Span<double> path)
    {
        double g = growthPerYear / 365.0;
        double current = start;
        for (int t = 0; t < path.Length; t++)
        {
            path[t] = current;
            current += g * (max - current);
        }
    }

    private static (string[] Labels, int[] MonthOfDay, int[] DaysInMonth) CompileMonths(DateOnly start, int days)
    {
        var labels = new List<string>();
        var monthOfDay = new int[days];
        var daysInMonth = new List<int>();
        int previousKey = -1;
        for (int t = 0; t < days; t++)
        {
            var date = start.AddDays(t);
            int key = (date.Year * 12) + date.Month;
            if (key != previousKey)
            {
                labels.Add(date.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                daysInMonth.Add(0);
                previousKey = key;
            }

            monthOfDay[t] = labels.Count - 1;
            daysInMonth[^1]++;
        }

        return (labels.ToArray(), monthOfDay, daysInMonth.ToArray());
    }
}
