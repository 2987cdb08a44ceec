using System.Runtime.CompilerServices;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Simulates a block of <see cref="BlockState.Lanes"/> replications day by day (SPEC sections 1–6),
/// one replication per <see cref="BlockVector"/> lane. Each day reads as named steps: pause clock,
/// troops, event effects, escalation, militia attacks, ISIS pool, pause trigger, record. Every lane
/// draws only from its own keyed streams, and which draws it makes depends only on its own state, so
/// a replication's result does not depend on the block it runs in, the thread, or the hardware's
/// vector width. Nothing here allocates.
/// </summary>
internal static class BlockSimulator
{
    private static readonly int Lanes = BlockState.Lanes;

    /// <summary>The start day of an effect whose event does not happen in the lane.</summary>
    private const int NoEffect = int.MinValue;

    /// <summary>
    /// Runs replications <paramref name="first"/> … <paramref name="first"/> + <see cref="BlockState.Lanes"/> − 1
    /// into <paramref name="s"/>, showing each day to <paramref name="observer"/>.
    /// </summary>
    public static void Run<TObserver>(
        CompiledScenario c, BlockState s, ulong seed, long first, ref TObserver observer)
        where TObserver : struct, IBlockObserver
    {
        Reset(c, s, seed, first);
        for (int t = 0; t < c.Days; t++)
        {
            if (c.HasPausePolicy)
            {
                AdvancePause(s, t);
            }

            UpdateTroops(c, s, t);
            if (t >= s.NextEffectChangeAnyLane)
            {
                ApplyEventEffects(c, s, t);
            }

            AdvanceEscalation(c, s, t);
            SampleMilitia(c, s, t);
            if (c.HasIsis)
            {
                UpdateIsis(c, s, t);
            }

            if (c.HasPausePolicy)
            {
                CheckPauseTrigger(c, s);
            }

            Record(c, s, t);
            observer.OnDay(t, c, s);
        }

        for (int lane = 0; lane < Lanes; lane++)
        {
            s.TroopsEnd[lane] = c.LaneInvariantTroops ? c.TotalTroopsByDay[c.Days - 1] : s.TotalTroops[lane];
        }

        s.SumRunTotals(c);
    }

    /// <summary>Seeds every lane's streams and draws its once-per-replication quantities (slips, events).</summary>
    private static void Reset(CompiledScenario c, BlockState s, ulong seed, long first)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            long replication = first + lane;
            var lc = c.Uncertainties.Length == 0 ? c : DrawParameters(c, s, seed, replication, lane);
            s.LaneScenario[lane] = lc;
            ResetForces(lc, s, seed, replication, lane);
            ResetEvents(lc, s, seed, replication, lane);
            s.PausedDays[lane] = 0;
            s.PauseRemaining[lane] = 0;
            s.PausedToday[lane] = false;

            // Without pauses the clock is the day, so the drawdown completes on its last breakpoint's
            // day (day 0 if that is before the start); with pauses AdvancePause finds the day.
            int end = s.DrawdownEndClock[lane];
            s.DrawdownDay[lane] = c.HasPausePolicy || end >= c.Days ? -1 : Math.Max(0, end);
        }

        GatherLaneParameters(c, s);
        s.State = BlockVector.Create((double)c.InitialState);
        s.NextEffectChangeAnyLane = 0;
        s.EscalationRng = CreateBlockStream(seed, first, c.EscalationStream);
        s.IsisRng = CreateBlockStream(seed, first, c.IsisStream);
        if (c.Initial is { } initial && c.HasEscalation)
        {
            s.State = initial.DrawStates(ref s.EscalationRng);
        }

        for (int r = 0; r < c.RegionCount; r++)
        {
            s.MilitiaRng[r] = CreateBlockStream(seed, first, c.MilitiaStreams[r]);
            s.IsisAttackRng[r] = CreateBlockStream(seed, first, c.IsisAttackStreams[r]);
            s.Excitation[r] = BlockVector.Create(c.Initial?.Excitation[r] ?? 0);
        }

        s.ExposureTroops.AsSpan().Fill(-1);
        s.Fighters = Gather(s, 0, static (lc, _) => lc.InitialFighters);
        s.FightersToday = s.Fighters;
        s.FightersPeak = s.Fighters;
        s.ResurgenceDay = BlockVector.Create(-1.0);
        s.FirstFatalityDay = BlockVector.Create(-1.0);
        Array.Clear(s.AttackWindow);
        s.AttackWindowSum = BlockVector.Zero;
        Array.Clear(s.MonthlyTroops);
        Array.Clear(s.MonthlyMilitiaAttacks);
        Array.Clear(s.MonthlyMilitiaDeaths);
        Array.Clear(s.MonthlyIsisAttacks);
        Array.Clear(s.MonthEndFighters);
        Array.Clear(s.MonthlyStateDays);
    }

    private static Xoshiro256StarStarBlock CreateBlockStream(ulong seed, long first, ulong component)
    {
        Span<ulong> seeds = stackalloc ulong[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            seeds[lane] = StreamKey.Derive(seed, first + lane, component);
        }

        return Xoshiro256StarStarBlock.Create(seeds);
    }

    /// <summary>
    /// Draws the lane's value of every uncertain parameter (one uniform from each parameter's own
    /// stream, correlated through the copula where asked, then the distribution's quantile) and
    /// compiles the scenario with those values for the lane.
    /// </summary>
    private static CompiledScenario DrawParameters(CompiledScenario c, BlockState s, ulong seed, long replication, int lane)
    {
        int count = c.Uncertainties.Length;
        Span<double> uniforms = stackalloc double[count];
        for (int j = 0; j < count; j++)
        {
            uniforms[j] = StreamKey.Create(seed, replication, c.Uncertainties[j].Stream).NextOpenDouble();
        }

        if (c.Copula is { } copula)
        {
            Span<double> correlated = stackalloc double[c.CopulaIndex.Length];
            for (int k = 0; k < correlated.Length; k++)
            {
                correlated[k] = uniforms[c.CopulaIndex[k]];
            }

            copula.Correlate(correlated);
            for (int k = 0; k < correlated.Length; k++)
            {
                uniforms[c.CopulaIndex[k]] = correlated[k];
            }
        }

        var scenario = c.Source with { Uncertainties = [], Correlations = [] };
        for (int j = 0; j < count; j++)
        {
            double value = c.Uncertainties[j].Distribution.Quantile(uniforms[j]);
            s.ParameterValues[(j * Lanes) + lane] = value;
            scenario = c.Uncertainties[j].Apply(scenario, value);
        }

        return ScenarioCompiler.Compile(scenario, precompute: false, c.Initial);
    }

    /// <summary>Gathers the parameters the vector steps use from the lanes' parameter sets.</summary>
    private static void GatherLaneParameters(CompiledScenario c, BlockState s)
    {
        for (int r = 0; r < c.RegionCount; r++)
        {
            s.BaseRate[r] = Gather(s, r, static (lc, r) => lc.BaseRate[r]);
            s.IsisAttackRate[r] = Gather(s, r, static (lc, r) => lc.IsisAttackRatePerFighter[r]);
        }

        Span<double> lanes = stackalloc double[Lanes];
        for (int state = 0; state < c.StateNames.Length; state++)
        {
            s.LeaveProbability[state] = Gather(s, state, static (lc, st) => lc.LeaveProbability[st]);
            s.MilitiaMultiplier[state] = Gather(s, state, static (lc, st) => lc.MilitiaMultiplier[st]);
            for (int k = 0; k < c.NextCumulative[state].Length; k++)
            {
                for (int lane = 0; lane < Lanes; lane++)
                {
                    lanes[lane] = s.LaneScenario[lane].NextCumulative[state][k];
                }

                s.NextCumulative[state][k] = BlockVector.Create(lanes);
            }
        }

        s.Multiplier = s.MilitiaMultiplier[c.InitialState];
        s.PFatal = Gather(s, 0, static (lc, _) => lc.PFatal);
        s.Log1mPFatal = Gather(s, 0, static (lc, _) => lc.Log1mPFatal);
        s.ExtraDeathsMean = Gather(s, 0, static (lc, _) => lc.ExtraDeathsMean);
        s.HawkesAlpha = Gather(s, 0, static (lc, _) => lc.HawkesAlpha);
        s.HawkesDecayFactor = Gather(s, 0, static (lc, _) => lc.HawkesDecayFactor);
        s.CarryingCapacity = Gather(s, 0, static (lc, _) => lc.CarryingCapacity);
        s.RecruitmentRate = Gather(s, 0, static (lc, _) => lc.RecruitmentRate);
        s.ResurgenceThreshold = Gather(s, 0, static (lc, _) => lc.ResurgenceThreshold);
    }

    /// <summary>A vector of one parameter (item <paramref name="index"/> where it is per region) across the lanes.</summary>
    private static BlockVector Gather(BlockState s, int index, Func<CompiledScenario, int, double> value)
    {
        Span<double> lanes = stackalloc double[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            lanes[lane] = value(s.LaneScenario[lane], index);
        }

        return BlockVector.Create(lanes);
    }

    /// <summary>
    /// Each force's slip, drawn once per replication from its own stream and rounded half away from
    /// zero; and the clock time by which every force has reached its last breakpoint.
    /// </summary>
    private static void ResetForces(CompiledScenario c, BlockState s, ulong seed, long replication, int lane)
    {
        int drawdownEnd = int.MinValue;
        for (int f = 0; f < c.Forces.Length; f++)
        {
            var force = c.Forces[f];
            int slip = 0;
            if (force.Slip is not null)
            {
                var rng = StreamKey.Create(seed, replication, force.SlipStream);
                slip = (int)Math.Round(force.Slip.Quantile(rng.NextDouble()), MidpointRounding.AwayFromZero);
            }

            var days = s.BreakpointDays[(f * Lanes) + lane];
            days[0] = force.BreakpointDays[0];
            for (int k = 1; k < days.Length; k++)
            {
                days[k] = force.BreakpointDays[k] + slip;
            }

            s.ForceCursor[(f * Lanes) + lane] = 0;
            drawdownEnd = Math.Max(drawdownEnd, days[^1]);
        }

        s.DrawdownEndClock[lane] = drawdownEnd;
    }

    /// <summary>Whether and when each event happens: two draws from the event's own stream.</summary>
    private static void ResetEvents(CompiledScenario c, BlockState s, ulong seed, long replication, int lane)
    {
        int effect = 0;
        for (int e = 0; e < c.Events.Length; e++)
        {
            var ev = c.Events[e];
            var rng = StreamKey.Create(seed, replication, ev.Stream);
            bool draw = rng.NextDouble() < ev.Probability;
            int day = ev.FirstDay + (int)rng.NextBelow((ulong)ev.DayChoices);
            // A conditioned run starts inside the scenario: an event drawn before its day 0 acts for its remaining days.
            bool occurs = draw && day < c.Days && (day >= 0 || c.Initial is not null);
            for (int k = 0; k < ev.Effects.Length; k++)
            {
                s.EffectStart[(effect++ * Lanes) + lane] = occurs ? day : NoEffect;
            }
        }

        s.NextEffectChange[lane] = 0;
    }

    /// <summary>
    /// A pause, once started, stops the schedule clock for its days. The drawdown is complete on the
    /// first day the clock, t − (days paused so far), reaches the last breakpoint.
    /// </summary>
    private static void AdvancePause(BlockState s, int t)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            bool paused = s.PauseRemaining[lane] > 0;
            s.PausedToday[lane] = paused;
            if (paused)
            {
                s.PauseRemaining[lane]--;
                s.PausedDays[lane]++;
            }

            if (s.DrawdownDay[lane] < 0 && t - s.PausedDays[lane] >= s.DrawdownEndClock[lane])
            {
                s.DrawdownDay[lane] = t;
            }
        }
    }

    /// <summary>
    /// Troops and exposure for the day. When schedules are the same in every replication they were
    /// computed at compile time; otherwise each lane reads its own slipped schedules at its own clock,
    /// t − (days paused so far).
    /// </summary>
    private static void UpdateTroops(CompiledScenario c, BlockState s, int t)
    {
        int regions = c.RegionCount;
        if (c.LaneInvariantTroops)
        {
            for (int r = 0; r < regions; r++)
            {
                s.TroopsToday[r] = BlockVector.Create(c.TroopsByDay[(t * regions) + r]);
                s.ExposureToday[r] = BlockVector.Create(c.ExposureByDay[(t * regions) + r]);
            }

            return;
        }

        Array.Clear(s.Troops);
        for (int lane = 0; lane < Lanes; lane++)
        {
            var lc = s.LaneScenario[lane];
            int clock = t - s.PausedDays[lane];
            double total = 0;
            for (int f = 0; f < lc.Forces.Length; f++)
            {
                var force = lc.Forces[f];
                int slot = (f * Lanes) + lane;
                double troops = ForceSchedule.TroopsAt(s.BreakpointDays[slot], force.Troops, force.Step, clock, ref s.ForceCursor[slot]);
                s.Troops[(force.Region * Lanes) + lane] += troops;
                total += troops;
            }

            s.TotalTroops[lane] = total;
            if (c.HasIsis)
            {
                double attrition = ScenarioCompiler.Attrition(
                    lc.AttritionBase, lc.AttritionCt, lc.IsfCapacityByDay[t], lc.EnablerWeight, lc.EnablerTroopsRef, total);
                s.Attrition[lane] = attrition;
                s.Log1mAttrition[lane] = Log1P.Of(-attrition);
            }
        }

        for (int r = 0; r < regions; r++)
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                int slot = (r * Lanes) + lane;
                double troops = s.Troops[slot];
                if (troops != s.ExposureTroops[slot])
                {
                    var lc = s.LaneScenario[lane];
                    s.ExposureTroops[slot] = troops;
                    s.Exposure[slot] = c.HasMilitia[r] ? ScenarioCompiler.Exposure(troops, lc.ExposureRef[r], lc.ExposureElasticity[r]) : 0;
                }
            }

            s.TroopsToday[r] = Load(s.Troops, r);
            s.ExposureToday[r] = Load(s.Exposure, r);
        }
    }

    /// <summary>
    /// Recomputes, in each lane due for it, the effects acting from day t. Called only on days where
    /// some lane's effect starts or ends, so its cost is per event, not per day.
    /// </summary>
    private static void ApplyEventEffects(CompiledScenario c, BlockState s, int t)
    {
        int nextAnyLane = int.MaxValue;
        bool setsState = false;
        for (int lane = 0; lane < Lanes; lane++)
        {
            if (t >= s.NextEffectChange[lane])
            {
                ApplyLaneEffects(s, t, lane);
            }

            nextAnyLane = Math.Min(nextAnyLane, s.NextEffectChange[lane]);
            setsState |= s.StateSet[lane] >= 0;
        }

        s.NextEffectChangeAnyLane = nextAnyLane;
        s.EventSetsStateToday = setsState;
    }

    private static void ApplyLaneEffects(BlockState s, int t, int lane)
    {
        var c = s.LaneScenario[lane];
        for (int r = 0; r < c.RegionCount; r++)
        {
            s.BaseRateFactor[(r * Lanes) + lane] = 1.0;
        }

        double recruitment = 1.0;
        double inflow = 0;
        double fighters = 0;
        int setState = -1;
        int next = int.MaxValue;
        int index = 0;
        for (int e = 0; e < c.Events.Length; e++)
        {
            var effects = c.Events[e].Effects;
            bool active = false;
            for (int k = 0; k < effects.Length; k++, index++)
            {
                int start = s.EffectStart[(index * Lanes) + lane];
                if (start == NoEffect)
                {
                    continue;
                }

                var effect = effects[k];
                long end = (long)start + effect.DurationDays;
                if (t < start)
                {
                    next = Math.Min(next, start);
                    continue;
                }

                if (t >= end)
                {
                    continue;
                }

                next = (int)Math.Min(next, end);
                active = true;
                switch (effect.Target)
                {
                    case EffectTarget.MilitiaBaseRate when effect.Region < 0:
                        for (int r = 0; r < c.RegionCount; r++)
                        {
                            s.BaseRateFactor[(r * Lanes) + lane] *= effect.Value;
                        }

                        break;
                    case EffectTarget.MilitiaBaseRate:
                        s.BaseRateFactor[(effect.Region * Lanes) + lane] *= effect.Value;
                        break;
                    case EffectTarget.IsisRecruitment:
                        recruitment *= effect.Value;
                        break;
                    case EffectTarget.IsisInflow:
                        inflow += effect.Value;
                        break;
                    case EffectTarget.IsisFighters:
                        fighters += effect.Value;
                        break;
                    case EffectTarget.Escalation:
                        setState = effect.State;
                        break;
                }
            }

            s.EventActive[(e * Lanes) + lane] = active;
        }

        s.RecruitmentFactor[lane] = recruitment;
        s.Inflow[lane] = inflow;
        s.FightersAdded[lane] = fighters;
        s.StateSet[lane] = setState;
        s.NextEffectChange[lane] = next;
    }

    /// <summary>
    /// Day 0 is in the initial state; each later day a lane leaves its state with probability 1/mean
    /// duration and moves by the next weights (the first move whose cumulative weight exceeds the
    /// second uniform). Two uniforms are drawn every day whatever happens, so an event setting the
    /// state on one day leaves the draws of every other day where they were. All lanes at once: per
    /// state, a mask of the lanes in it.
    /// </summary>
    private static void AdvanceEscalation(CompiledScenario c, BlockState s, int t)
    {
        if (!c.HasEscalation)
        {
            return;
        }

        var state = s.State;
        if (t > 0)
        {
            var leave = s.EscalationRng.NextDouble();
            var choice = s.EscalationRng.NextDouble();
            var next = state;
            for (int from = 0; from < c.StateNames.Length; from++)
            {
                var moving = BlockVector.Equals(state, BlockVector.Create((double)from)) & BlockVector.LessThan(leave, s.LeaveProbability[from]);
                if (!LaneMask.Any(moving))
                {
                    continue;
                }

                var targets = c.NextState[from];
                var cumulative = s.NextCumulative[from];
                var target = BlockVector.Create((double)targets[^1]);
                for (int k = targets.Length - 2; k >= 0; k--)
                {
                    target = BlockVector.ConditionalSelect(BlockVector.LessThan(choice, cumulative[k]), BlockVector.Create((double)targets[k]), target);
                }

                next = BlockVector.ConditionalSelect(moving, target, next);
            }

            state = next;
        }

        if (s.EventSetsStateToday)
        {
            var set = Load(s.StateSet, 0);
            state = BlockVector.ConditionalSelect(BlockVector.GreaterThanOrEqual(set, BlockVector.Zero), set, state);
        }

        s.State = state;
        var multiplier = s.MilitiaMultiplier[0];
        for (int k = 1; k < c.StateNames.Length; k++)
        {
            multiplier = BlockVector.ConditionalSelect(BlockVector.Equals(state, BlockVector.Create((double)k)), s.MilitiaMultiplier[k], multiplier);
        }

        s.Multiplier = multiplier;
    }

    /// <summary>
    /// Militia attacks per region, then each region's casualties and Hawkes excitation update. Regions
    /// are drawn two at a time (independent streams, so the same draws as one at a time).
    /// </summary>
    private static void SampleMilitia(CompiledScenario c, BlockState s, int t)
    {
        var regions = c.MilitiaRegions;
        var dayAttacks = BlockVector.Zero;
        for (int i = 0; i < regions.Length; i += 2)
        {
            int r = regions[i];
            if (i + 1 == regions.Length)
            {
                dayAttacks += MilitiaAftermath(c, s, r, BlockSamplers.Poisson(ref s.MilitiaRng[r], MilitiaIntensity(s, r)));
                break;
            }

            int q = regions[i + 1];
            var (attacksR, attacksQ) = BlockSamplers.PoissonPair(
                ref s.MilitiaRng[r], MilitiaIntensity(s, r), ref s.MilitiaRng[q], MilitiaIntensity(s, q));
            dayAttacks += MilitiaAftermath(c, s, r, attacksR);
            dayAttacks += MilitiaAftermath(c, s, q, attacksQ);
        }

        if (c.HasPausePolicy)
        {
            CountPauseWindow(c, s, t, dayAttacks);
        }
    }

    /// <summary>
    /// Adds the day's attacks of the regions the pause policy counts (all, or its group's) to the
    /// rolling 30-day window.
    /// </summary>
    private static void CountPauseWindow(CompiledScenario c, BlockState s, int t, BlockVector dayAttacks)
    {
        if (c.PauseCountsSome)
        {
            dayAttacks = BlockVector.Zero;
            foreach (int r in c.MilitiaRegions)
            {
                if (c.PauseCounts[r])
                {
                    dayAttacks += s.AttacksToday[r];
                }
            }
        }

        int slot = t % s.AttackWindow.Length;
        s.AttackWindowSum += dayAttacks - s.AttackWindow[slot];
        s.AttackWindow[slot] = dayAttacks;
    }

    /// <summary>λ_r = base_rate · event factor · M(t) · E_r(t) + H_r(t), and 0 where the region has no troops.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockVector MilitiaIntensity(BlockState s, int r)
    {
        var present = BlockVector.GreaterThan(s.TroopsToday[r], BlockVector.Zero);
        var lambda = (s.BaseRate[r] * Load(s.BaseRateFactor, r) * s.Multiplier * s.ExposureToday[r]) + s.Excitation[r];
        return lambda & present;
    }

    /// <summary>Casualties of the region's attacks, the Hawkes update, and the day's records; returns the attacks.</summary>
    /// <remarks>
    /// Never inlined: inlined at one of its call sites it took <see cref="SampleMilitia"/> past the JIT's
    /// budget, which then left the small <see cref="BlockVector"/> operators there as calls.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static BlockVector MilitiaAftermath(CompiledScenario c, BlockState s, int r, BlockVector attacks)
    {
        var (fatal, deaths) = SampleCasualties(s, ref s.MilitiaRng[r], attacks);
        if (c.HasHawkes)
        {
            s.Excitation[r] = (s.Excitation[r] * s.HawkesDecayFactor) + (s.HawkesAlpha * attacks);
        }

        s.AttacksToday[r] = attacks;
        s.FatalAttacksToday[r] = fatal;
        s.DeathsToday[r] = deaths;
        return attacks;
    }

    /// <summary>
    /// Of N attacks, Q ~ Binomial(N, p_fatal) are fatal; deaths are Q + Poisson(Q · extra_deaths_mean).
    /// Only lanes with attacks draw the binomial, and only lanes with fatal attacks and a positive
    /// extra-deaths mean draw the Poisson.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (BlockVector Fatal, BlockVector Deaths) SampleCasualties(
        BlockState s, ref Xoshiro256StarStarBlock rng, BlockVector attacks)
    {
        var attacked = BlockVector.GreaterThan(attacks, BlockVector.Zero);
        if (!LaneMask.Any(attacked))
        {
            return (BlockVector.Zero, BlockVector.Zero);
        }

        var fatal = BlockSamplers.Binomial(ref rng, attacks, s.PFatal, s.Log1mPFatal, attacked);
        var killed = BlockVector.GreaterThan(fatal, BlockVector.Zero) & BlockVector.GreaterThan(s.ExtraDeathsMean, BlockVector.Zero);
        if (!LaneMask.Any(killed))
        {
            return (fatal, fatal);
        }

        var extra = BlockSamplers.Poisson(ref rng, fatal * s.ExtraDeathsMean, killed);
        return (fatal, fatal + extra);
    }

    /// <summary>
    /// One-off additions, attacks by region from F(t), then attrition, logistic recruitment and inflow
    /// give F(t+1). Resurgence and the peak are checked on F(t) here and on F(D) after the last day.
    /// </summary>
    private static void UpdateIsis(CompiledScenario c, BlockState s, int t)
    {
        var fighters = BlockVector.Max(BlockVector.Zero, s.Fighters + Load(s.FightersAdded, 0));
        s.FightersToday = fighters;
        NotePool(c, s, fighters, t);

        var (attrition, log1mAttrition) = c.LaneInvariantTroops
            ? (BlockVector.Create(c.AttritionByDay[t]), BlockVector.Create(c.Log1mAttritionByDay[t]))
            : (Load(s.Attrition, 0), Load(s.Log1mAttrition, 0));
        var room = BlockVector.Max(BlockVector.Zero, BlockVector.One - (fighters / s.CarryingCapacity));
        var recruitMean = s.RecruitmentRate * Load(s.RecruitmentFactor, 0) * fighters * room;
        var (losses, recruits) = BlockSamplers.BinomialThenPoisson(ref s.IsisRng, fighters, attrition, log1mAttrition, recruitMean);

        // Attacks by region come in pairs of independent streams; with an odd number of regions the
        // last is paired with the inflow (the pool's own stream, next after recruits), which changes
        // no stream's sequence of draws.
        var regions = c.IsisRegions;
        BlockVector inflow;
        int i = 0;
        for (; i + 1 < regions.Length; i += 2)
        {
            int r = regions[i];
            int q = regions[i + 1];
            (s.IsisAttacksToday[r], s.IsisAttacksToday[q]) = BlockSamplers.PoissonPair(
                ref s.IsisAttackRng[r], s.IsisAttackRate[r] * fighters, ref s.IsisAttackRng[q], s.IsisAttackRate[q] * fighters);
        }

        if (i < regions.Length)
        {
            int r = regions[i];
            (s.IsisAttacksToday[r], inflow) = BlockSamplers.PoissonPair(
                ref s.IsisAttackRng[r], s.IsisAttackRate[r] * fighters, ref s.IsisRng, Load(s.Inflow, 0));
        }
        else
        {
            inflow = BlockSamplers.Poisson(ref s.IsisRng, Load(s.Inflow, 0));
        }

        s.Fighters = BlockVector.Max(BlockVector.Zero, fighters - losses + recruits + inflow);
        if (t == c.Days - 1)
        {
            NotePool(c, s, s.Fighters, c.Days);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NotePool(CompiledScenario c, BlockState s, BlockVector fighters, int t)
    {
        s.FightersPeak = BlockVector.Max(s.FightersPeak, fighters);
        var first = BlockVector.LessThan(s.ResurgenceDay, BlockVector.Zero)
            & BlockVector.GreaterThanOrEqual(fighters, s.ResurgenceThreshold);
        s.ResurgenceDay = BlockVector.ConditionalSelect(first, BlockVector.Create((double)t), s.ResurgenceDay);
    }

    /// <summary>
    /// When a lane's 30-day attack total exceeds the threshold, its pause starts the next day; it can
    /// trigger again only once the previous pause has ended.
    /// </summary>
    private static void CheckPauseTrigger(CompiledScenario c, BlockState s)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            var lc = s.LaneScenario[lane];
            if (!s.PausedToday[lane] && s.PauseRemaining[lane] == 0 && s.AttackWindowSum.GetElement(lane) > lc.PauseThreshold)
            {
                s.PauseRemaining[lane] = lc.PauseDays;
            }
        }
    }

    /// <summary>
    /// Adds the day to its month. Regions without a militia (or ISIS) block have nothing to add; the
    /// run totals are summed from the months when a lane is read out.
    /// </summary>
    private static void Record(CompiledScenario c, BlockState s, int t)
    {
        int month = c.MonthOfDay[t];
        int offset = month * c.RegionCount;
        for (int r = 0; r < c.RegionCount; r++)
        {
            s.MonthlyTroops[offset + r] += s.TroopsToday[r];
        }

        var deaths = BlockVector.Zero;
        foreach (int r in c.MilitiaRegions)
        {
            s.MonthlyMilitiaAttacks[offset + r] += s.AttacksToday[r];
            s.MonthlyMilitiaDeaths[offset + r] += s.DeathsToday[r];
            deaths += s.DeathsToday[r];
        }

        var firstDeaths = BlockVector.LessThan(s.FirstFatalityDay, BlockVector.Zero) & BlockVector.GreaterThan(deaths, BlockVector.Zero);
        s.FirstFatalityDay = BlockVector.ConditionalSelect(firstDeaths, BlockVector.Create((double)t), s.FirstFatalityDay);

        foreach (int r in c.IsisRegions)
        {
            s.MonthlyIsisAttacks[offset + r] += s.IsisAttacksToday[r];
        }

        int states = c.StateNames.Length;
        for (int k = 0; k < states; k++)
        {
            s.MonthlyStateDays[(month * states) + k] += BlockVector.Equals(s.State, BlockVector.Create((double)k)) & BlockVector.One;
        }

        s.MonthEndFighters[month] = s.Fighters;
    }

    /// <summary>The lanes of item <paramref name="item"/> of a lane-major array as a vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BlockVector Load(double[] values, int item) =>
        BlockVector.Create(new ReadOnlySpan<double>(values, item * Lanes, Lanes));
}
