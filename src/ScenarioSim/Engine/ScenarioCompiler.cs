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
        int startDay = scenario.Start.DayNumber;
        var regionIds = scenario.Regions.Select(r => r.Id).ToArray();
        var regionIndex = regionIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        int regionCount = regionIds.Length;

        var (monthLabels, monthOfDay, daysInMonth) = CompileMonths(scenario.Start, days);
        var located = scenario.Uncertainties.Select(u => ScenarioParameters.Locate(scenario, u.Path)).ToArray();
        var uncertainMoves = located.Where(p => p.Field == ParameterField.NextWeight).Select(p => (p.Indices[0], p.Indices[1])).ToHashSet();
        var escalation = CompileEscalation(scenario.Escalation, uncertainMoves);
        var stateIndex = escalation.Names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);

        var militia = scenario.Militia;
        var isis = scenario.Isis;
        double attacksPerFighter = AttacksPerFighter(isis?.AttacksPer1000FightersPerDay ?? 0);

        var events = scenario.Events.Select(e => CompileEvent(e, startDay, regionIndex, stateIndex)).ToArray();

        var pause = scenario.Policies.PauseDrawdown;
        var forces = scenario.Forces.Select(f => CompileForce(f, startDay, regionIndex)).ToArray();
        var regionInvariant = Enumerable.Range(0, regionCount).Select(r => pause is null
            && forces.Where(f => f.Region == r).All(f => f.Slip is null)
            && !located.Any(p => MovesRegionTroops(p.Field, p.Indices, forces) == r)).ToArray();
        bool invariant = regionInvariant.All(x => x) && !located.Any(p => MovesTroopPath(p.Field));
        var effectOffsets = events.Select(e => e.Effects.Length).Prepend(0).ToArray();
        for (int e = 1; e < effectOffsets.Length; e++)
        {
            effectOffsets[e] += effectOffsets[e - 1];
        }

        var uncertainties = scenario.Uncertainties
            .Select((u, j) => new CompiledUncertainty(
                u.Path, u.Distribution, StreamKey.ForComponent(ComponentNames.Parameter(u.Path)), Slot(located[j], escalation.Sources, effectOffsets)))
            .ToArray();
        var correlated = scenario.Correlations.SelectMany(c => new[] { c.First, c.Second }).Distinct(StringComparer.Ordinal).ToArray();
        var troops = regionInvariant.Any(x => x) ? ComputeTroopPath(forces, regionCount, days) : new TroopPath([], []);
        var forceTroopsByClock = forces
            .Select((f, i) => !invariant && f.Slip is null && !located.Any(p => p.Field == ParameterField.ScheduleTroops && p.Indices[0] == i)
                ? ForceTroopsByClock(f, days)
                : [])
            .ToArray();
        var isfPath = isis is null ? [] : IsfCapacityPath(isis.IsfCapacity, days);
        double[] attrition = invariant && isis is not null
            ? Enumerable.Range(0, days).Select(t => Attrition(isis, troops.Total[t], isfPath[t])).ToArray()
            : [];
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
            LaneInvariantTroops = invariant,
            ForceTroopsByClock = forceTroopsByClock,
            RegionInvariantTroops = regionInvariant,
            TroopsByDay = troops.ByRegion,
            TotalTroopsByDay = troops.Total,
            ExposureByDay = troops.ByRegion.Select((t, i) => Exposure(scenario.Regions[i % regionCount].Militia, t)).ToArray(),
            AttritionByDay = attrition,
            Log1mAttritionByDay = attrition.Select(a => Log1P.Of(-a)).ToArray(),
            HasEscalation = scenario.Escalation is not null,
            InitialState = escalation.Initial,
            StateNames = escalation.Names,
            LeaveProbability = escalation.Leave,
            NextCumulative = escalation.Cumulative,
            NextState = escalation.Targets,
            NextSource = escalation.Sources,
            MilitiaMultiplier = escalation.Multipliers,
            HasMilitia = scenario.Regions.Select(r => r.Militia is not null).ToArray(),
            MilitiaRegions = Enumerable.Range(0, regionCount).Where(r => scenario.Regions[r].Militia is not null).ToArray(),
            BaseRate = scenario.Regions.Select(r => r.Militia?.BaseRate ?? 0).ToArray(),
            ExposureRef = scenario.Regions.Select(r => r.Militia?.ExposureRef ?? 1).ToArray(),
            ExposureElasticity = scenario.Regions.Select(r => r.Militia?.ExposureElasticity ?? 0).ToArray(),
            PFatal = militia.Casualties.PFatal,
            ExtraDeathsMean = militia.Casualties.ExtraDeathsMean,
            Log1mPFatal = Log1P.Of(-militia.Casualties.PFatal),
            HasHawkes = militia.Hawkes is not null,
            HawkesAlpha = militia.Hawkes?.Alpha ?? 0,
            HawkesDecayFactor = militia.Hawkes is null ? 0 : HawkesDecayFactor(militia.Hawkes.DecayDays),
            HasIsis = isis is not null,
            InitialFighters = isis?.InitialFighters ?? 0,
            CarryingCapacity = isis?.CarryingCapacity ?? 1,
            RecruitmentRate = isis?.RecruitmentRate ?? 0,
            AttritionBase = isis?.AttritionBase ?? 0,
            AttritionCt = isis?.AttritionCt ?? 0,
            IsfCapacityByDay = isfPath,
            EnablerWeight = isis?.CoalitionEnabler.Weight ?? 0,
            EnablerTroopsRef = isis?.CoalitionEnabler.TroopsRef ?? 1,
            ResurgenceThreshold = isis?.ResurgenceThreshold ?? long.MaxValue,
            IsisRegions = Enumerable.Range(0, regionCount).Where(r => isis is not null && scenario.Regions[r].Isis is not null).ToArray(),
            IsisAttackRatePerFighter = scenario.Regions
                .Select(r => r.Isis is null ? 0 : IsisAttackRate(attacksPerFighter, r.Isis.ActivityShare, r.Isis.GovernanceGap))
                .ToArray(),
            Events = events,
            EffectCount = events.Sum(e => e.Effects.Length),
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
            EscalationStream = StreamKey.ForComponent(ComponentNames.Escalation),
            MilitiaStreams = regionIds.Select(id => StreamKey.ForComponent(ComponentNames.Militia(id))).ToArray(),
            IsisStream = StreamKey.ForComponent(ComponentNames.Isis),
            IsisAttackStreams = regionIds.Select(id => StreamKey.ForComponent(ComponentNames.IsisAttacks(id))).ToArray(),
            Initial = initial,
        };
    }

    /// <summary>
    /// Whether an uncertain parameter in <paramref name="field"/> makes troops, exposure or ISIS attrition
    /// differ between replications, so they cannot be tabulated once.
    /// </summary>
    private static bool MovesTroopPath(ParameterField field) => field is ParameterField.ScheduleTroops
        or ParameterField.RegionExposureRef or ParameterField.RegionExposureElasticity
        or ParameterField.AttritionBase or ParameterField.AttritionCt
        or ParameterField.IsfStart or ParameterField.IsfMax or ParameterField.IsfGrowthPerYear
        or ParameterField.EnablerWeight or ParameterField.EnablerTroopsRef;

    /// <summary>The region whose troops or exposure an uncertain parameter in <paramref name="field"/> moves, or −1.</summary>
    private static int MovesRegionTroops(ParameterField field, int[] indices, CompiledForce[] forces) => field switch
    {
        ParameterField.ScheduleTroops => forces[indices[0]].Region,
        ParameterField.RegionExposureRef or ParameterField.RegionExposureElasticity => indices[0],
        _ => -1,
    };

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

    /// <summary>Daily probability of leaving an escalation state: 1 / mean_duration_days, 0 for a state without one.</summary>
    internal static double LeaveProbability(double? meanDurationDays) => meanDurationDays is { } d ? 1 / d : 0;

    /// <summary>
    /// Cumulative normalised weights of a state's moves: <c>cumulative[k] = (w_0 + … + w_k) / (w_0 + … + w_last)</c>,
    /// summed in move order.
    /// </summary>
    internal static void CumulativeWeights(ReadOnlySpan<double> weights, Span<double> cumulative)
    {
        double total = 0;
        foreach (double weight in weights)
        {
            total += weight;
        }

        double running = 0;
        for (int k = 0; k < weights.Length; k++)
        {
            running += weights[k];
            cumulative[k] = running / total;
        }
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

    private static double Exposure(RegionMilitia? militia, double troops) =>
        militia is null ? 0 : Exposure(troops, militia.ExposureRef, militia.ExposureElasticity);

    private static double Attrition(IsisModel isis, double troops, double isf) =>
        Attrition(isis.AttritionBase, isis.AttritionCt, isf, isis.CoalitionEnabler.Weight, isis.CoalitionEnabler.TroopsRef, troops);

    /// <summary>Troops by region and in total for every day, for schedules that are the same in every replication.</summary>
    private static TroopPath ComputeTroopPath(CompiledForce[] forces, int regions, int days)
    {
        var byRegion = new double[days * regions];
        var total = new double[days];
        var cursors = new int[forces.Length];
        for (int t = 0; t < days; t++)
        {
            for (int f = 0; f < forces.Length; f++)
            {
                var force = forces[f];
                double value = ForceSchedule.TroopsAt(force.BreakpointDays, force.Troops, force.Step, t, ref cursors[f]);
                byRegion[(t * regions) + force.Region] += value;
                total[t] += value;
            }
        }

        return new TroopPath(byRegion, total);
    }

    /// <summary>A force's troops at every clock day 0 … days − 1, for a schedule that is the same in every replication.</summary>
    private static double[] ForceTroopsByClock(CompiledForce force, int days)
    {
        var troops = new double[days];
        int cursor = 0;
        for (int t = 0; t < days; t++)
        {
            troops[t] = ForceSchedule.TroopsAt(force.BreakpointDays, force.Troops, force.Step, t, ref cursor);
        }

        return troops;
    }

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

    private static CompiledForce CompileForce(ForceDeployment force, int startDay, Dictionary<string, int> regionIndex) => new()
    {
        Region = regionIndex[force.Region],
        Step = force.Interpolation == Interpolation.Step,
        BreakpointDays = force.Schedule.Select(b => b.Date.DayNumber - startDay).ToArray(),
        Troops = force.Schedule.Select(b => b.Troops).ToArray(),
        Slip = force.SlipDays,
        SlipStream = StreamKey.ForComponent(ComponentNames.Slip(force.Contingent, force.Region)),
    };

    private static CompiledEvent CompileEvent(
        ScenarioEvent e, int startDay, Dictionary<string, int> regionIndex, Dictionary<string, int> stateIndex)
    {
        int first = (e.Window?.From ?? e.Date!.Value).DayNumber - startDay;
        int last = (e.Window?.To ?? e.Date!.Value).DayNumber - startDay;
        return new CompiledEvent
        {
            Name = e.Name,
            Probability = e.Probability,
            FirstDay = first,
            DayChoices = last - first + 1,
            Stream = StreamKey.ForComponent(ComponentNames.Event(e.Name)),
            Effects = e.Effects.Select(effect => new CompiledEffect(
                effect.Target,
                effect.Multiply ?? effect.Add ?? 0,
                EffectDuration(effect.Target, effect.DurationDays),
                effect.Region is null ? -1 : regionIndex[effect.Region],
                effect.SetState is null ? -1 : stateIndex[effect.SetState])).ToArray(),
        };
    }

    /// <summary>
    /// The chain in engine form. A state's moves are those with a positive weight, and those whose
    /// weight is uncertain (<paramref name="uncertainMoves"/>: state and move index), whose lanes may draw any weight.
    /// </summary>
    private static CompiledChain CompileEscalation(EscalationChain? chain, HashSet<(int State, int Move)> uncertainMoves)
    {
        if (chain is null)
        {
            return new CompiledChain(0, [string.Empty], [0], [[]], [[]], [[]], [1.0]);
        }

        var names = chain.States.Select(s => s.Name).ToArray();
        var index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var cumulative = new double[names.Length][];
        var targets = new int[names.Length][];
        var sources = new int[names.Length][];
        for (int s = 0; s < names.Length; s++)
        {
            var moves = chain.States[s].Next;
            sources[s] = Enumerable.Range(0, moves.Count).Where(k => moves[k].Weight > 0 || uncertainMoves.Contains((s, k))).ToArray();
            cumulative[s] = new double[sources[s].Length];
            CumulativeWeights(sources[s].Select(k => moves[k].Weight).ToArray(), cumulative[s]);
            targets[s] = sources[s].Select(k => index[moves[k].To]).ToArray();
        }

        return new CompiledChain(
            index[chain.Initial],
            names,
            chain.States.Select(s => LeaveProbability(s.MeanDurationDays)).ToArray(),
            cumulative,
            targets,
            sources,
            chain.States.Select(s => s.MilitiaMultiplier).ToArray());
    }

    private sealed record TroopPath(double[] ByRegion, double[] Total);

    private sealed record CompiledChain(
        int Initial, string[] Names, double[] Leave, double[][] Cumulative, int[][] Targets, int[][] Sources, double[] Multipliers);
}
