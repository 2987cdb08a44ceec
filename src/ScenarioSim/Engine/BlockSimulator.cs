using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Simulates a block of <see cref="BlockState.Lanes"/> replications (docs/model.md), one replication
/// per vector lane: here the set-up of a block (streams, slips, events, drawn parameters) and the
/// per-lane steps; the daily vector steps are <see cref="BlockDays{TVector}"/>, compiled once per
/// vector width. Every lane
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
    /// into <paramref name="s"/>, showing each day to <paramref name="observer"/>, at the widest vector
    /// width this machine accelerates (<see cref="BlockVectorWidth"/>).
    /// </summary>
    public static void Run<TObserver>(
        CompiledScenario c, BlockState s, ulong seed, long first, ref TObserver observer)
        where TObserver : struct, IBlockObserver
    {
        if (Vector512.IsHardwareAccelerated)
        {
            Run<BlockVector512, TObserver>(c, s, seed, first, ref observer);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            Run<BlockVector, TObserver>(c, s, seed, first, ref observer);
        }
        else
        {
            Run<BlockVector128, TObserver>(c, s, seed, first, ref observer);
        }
    }

    /// <summary>
    /// <see cref="Run{TObserver}"/> at vector width <typeparamref name="TVector"/>, which gives the same
    /// numbers to the bit at every width (tests run each width on one machine).
    /// </summary>
    internal static void Run<TVector, TObserver>(
        CompiledScenario c, BlockState s, ulong seed, long first, ref TObserver observer)
        where TVector : unmanaged, IBlockVector<TVector>
        where TObserver : struct, IBlockObserver
    {
        Reset(c, s, seed, first);
        BlockDays<TVector>.Run(c, s, ref observer);
        for (int lane = 0; lane < Lanes; lane++)
        {
            s.TroopsEnd[lane] = c.Forces.LaneInvariantTroops ? c.Forces.TotalTroopsByDay[c.Days - 1] : s.TotalTroops[lane];
        }

        s.SumRunTotals(c);
    }

    /// <summary>Seeds every lane's streams and draws its once-per-replication quantities (slips, events).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Reset(CompiledScenario c, BlockState s, ulong seed, long first)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            long replication = first + lane;
            if (c.Uncertainties.Length > 0)
            {
                DrawParameters(c, s, seed, replication, lane);
            }

            ResetForces(c, s, seed, replication, lane);
            ResetEvents(c, s, seed, replication, lane);
            s.PausedDays[lane] = 0;
            s.PauseRemaining[lane] = 0;
            s.PausedToday[lane] = false;

            // Without pauses the clock is the day, so the drawdown completes on its last breakpoint's
            // day (day 0 if that is before the start); with pauses AdvancePause finds the day.
            int end = s.DrawdownEndClock[lane];
            s.DrawdownDay[lane] = c.HasPausePolicy || end >= c.Days ? -1 : Math.Max(0, end);
        }

        GatherLaneParameters(c, s);
        s.State = BlockVector.Create((double)c.Escalation.InitialState);
        s.NextEffectChangeAnyLane = 0;
        s.EscalationRng = CreateBlockStream(seed, first, c.Escalation.Stream);
        s.IsisRng = CreateBlockStream(seed, first, c.Isis.Stream);
        if (c.Initial is { } initial && c.Escalation.HasChain)
        {
            s.State = initial.DrawStates(ref s.EscalationRng);
        }

        for (int r = 0; r < c.RegionCount; r++)
        {
            s.MilitiaRng[r] = CreateBlockStream(seed, first, c.Militia.Streams[r]);
            s.IsisAttackRng[r] = CreateBlockStream(seed, first, c.Isis.AttackStreams[r]);
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
    /// stream, correlated through the copula where asked, then the distribution's quantile), writes
    /// each into its slot of the lane's parameter set, and derives what depends on them.
    /// </summary>
    private static void DrawParameters(CompiledScenario c, BlockState s, ulong seed, long replication, int lane)
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

        var parameters = s.Lane[lane];
        for (int j = 0; j < count; j++)
        {
            double value = c.Uncertainties[j].Distribution.Quantile(uniforms[j]);
            s.ParameterValues[(j * Lanes) + lane] = value;
            parameters.Set(c.Uncertainties[j].Slot, value);
        }

        parameters.Derive();
    }

    /// <summary>Gathers the parameters the vector steps use from the lanes' parameter sets.</summary>
    private static void GatherLaneParameters(CompiledScenario c, BlockState s)
    {
        for (int r = 0; r < c.RegionCount; r++)
        {
            s.BaseRate[r] = Gather(s, r, static (lc, r) => lc.BaseRate[r]);
            s.IsisAttackRate[r] = Gather(s, r, static (lc, r) => lc.IsisAttackRatePerFighter[r]);
        }

        for (int state = 0; state < c.Escalation.StateNames.Length; state++)
        {
            s.LeaveProbability[state] = Gather(s, state, static (lc, st) => lc.LeaveProbability[st]);
            s.MilitiaMultiplier[state] = Gather(s, state, static (lc, st) => lc.MilitiaMultiplier[st]);
            for (int k = 0; k < c.Escalation.NextCumulative[state].Length; k++)
            {
                s.NextCumulative[state][k] = Gather(s, state, k, static (lc, st, k) => lc.NextCumulative[st][k]);
            }
        }

        s.Multiplier = s.MilitiaMultiplier[c.Escalation.InitialState];
        s.PFatal = Gather(s, 0, static (lc, _) => lc.PFatal);
        s.Log1mPFatal = Gather(s, 0, static (lc, _) => lc.Log1mPFatal);
        s.ExtraDeathsMean = Gather(s, 0, static (lc, _) => lc.ExtraDeathsMean);
        s.HawkesAlpha = Gather(s, 0, static (lc, _) => lc.HawkesAlpha);
        s.HawkesDecayFactor = Gather(s, 0, static (lc, _) => lc.HawkesDecayFactor);
        s.CarryingCapacity = Gather(s, 0, static (lc, _) => lc.CarryingCapacity);
        s.RecruitmentRate = Gather(s, 0, static (lc, _) => lc.RecruitmentRate);
        s.ResurgenceThreshold = Gather(s, 0, static (lc, _) => lc.ResurgenceThreshold);
        if (!c.Forces.LaneInvariantTroops)
        {
            GatherTroopParameters(c, s);
        }
    }

    /// <summary>Breakpoint troops and ISIS attrition parameters as vectors, for troops that differ between lanes.</summary>
    private static void GatherTroopParameters(CompiledScenario c, BlockState s)
    {
        for (int f = 0; f < c.Forces.Deployments.Length; f++)
        {
            var troops = s.BreakpointTroops[f];
            for (int k = 0; k < troops.Length; k++)
            {
                troops[k] = Gather(s, f, k, static (lc, f, k) => lc.ForceTroops[f][k]);
            }

            s.SharedForceCursor[f] = 0;
        }

        s.AttritionBase = Gather(s, 0, static (lc, _) => lc.AttritionBase);
        s.AttritionCt = Gather(s, 0, static (lc, _) => lc.AttritionCt);
        s.EnablerWeight = Gather(s, 0, static (lc, _) => lc.EnablerWeight);
        s.EnablerTroopsRef = Gather(s, 0, static (lc, _) => lc.EnablerTroopsRef);
        bool shared = true;
        for (int lane = 0; lane < Lanes; lane++)
        {
            shared &= ReferenceEquals(s.Lane[lane].IsfCapacityByDay, c.Isis.IsfCapacityByDay);
        }

        s.SharedIsfCapacity = shared;
    }

    /// <summary>A vector of one parameter (item <paramref name="index"/> where it is per region) across the lanes.</summary>
    private static BlockVector Gather(BlockState s, int index, Func<LaneParameters, int, double> value)
    {
        Span<double> lanes = stackalloc double[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            lanes[lane] = value(s.Lane[lane], index);
        }

        return BlockVector.Create(lanes);
    }

    /// <summary>A vector of one parameter held per item of a list (<paramref name="item"/> of <paramref name="index"/>) across the lanes.</summary>
    private static BlockVector Gather(BlockState s, int index, int item, Func<LaneParameters, int, int, double> value)
    {
        Span<double> lanes = stackalloc double[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            lanes[lane] = value(s.Lane[lane], index, item);
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
        var deployments = c.Forces.Deployments;
        for (int f = 0; f < deployments.Length; f++)
        {
            var force = deployments[f];
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
        var events = c.Events.Items;
        for (int e = 0; e < events.Length; e++)
        {
            var ev = events[e];
            var rng = StreamKey.Create(seed, replication, ev.Stream);
            bool draw = rng.NextDouble() < s.Lane[lane].EventProbability[e];
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
    internal static void AdvancePause(BlockState s, int t)
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
    /// Recomputes, in each lane due for it, the effects acting from day t. Called only on days where
    /// some lane's effect starts or ends, so its cost is per event, not per day.
    /// </summary>
    internal static void ApplyEventEffects(CompiledScenario c, BlockState s, int t)
    {
        int nextAnyLane = int.MaxValue;
        bool setsState = false;
        for (int lane = 0; lane < Lanes; lane++)
        {
            if (t >= s.NextEffectChange[lane])
            {
                ApplyLaneEffects(c, s, t, lane);
            }

            nextAnyLane = Math.Min(nextAnyLane, s.NextEffectChange[lane]);
            setsState |= s.StateSet[lane] >= 0;
        }

        s.NextEffectChangeAnyLane = nextAnyLane;
        s.EventSetsStateToday = setsState;
    }

    private static void ApplyLaneEffects(CompiledScenario c, BlockState s, int t, int lane)
    {
        var lc = s.Lane[lane];
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
        var events = c.Events.Items;
        for (int e = 0; e < events.Length; e++)
        {
            var effects = events[e].Effects;
            bool active = false;
            for (int k = 0; k < effects.Length; k++, index++)
            {
                int start = s.EffectStart[(index * Lanes) + lane];
                if (start == NoEffect)
                {
                    continue;
                }

                var effect = effects[k];
                double value = lc.EffectValue[index];
                long end = (long)start + lc.EffectDurationDays[index];
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
                            s.BaseRateFactor[(r * Lanes) + lane] *= value;
                        }

                        break;
                    case EffectTarget.MilitiaBaseRate:
                        s.BaseRateFactor[(effect.Region * Lanes) + lane] *= value;
                        break;
                    case EffectTarget.IsisRecruitment:
                        recruitment *= value;
                        break;
                    case EffectTarget.IsisInflow:
                        inflow += value;
                        break;
                    case EffectTarget.IsisFighters:
                        fighters += value;
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
    /// When a lane's 30-day attack total exceeds the threshold, its pause starts the next day; it can
    /// trigger again only once the previous pause has ended.
    /// </summary>
    internal static void CheckPauseTrigger(CompiledScenario c, BlockState s)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            var lc = s.Lane[lane];
            if (!s.PausedToday[lane] && s.PauseRemaining[lane] == 0 && s.AttackWindowSum.GetElement(lane) > lc.PauseThreshold)
            {
                s.PauseRemaining[lane] = lc.PauseDays;
            }
        }
    }
}
