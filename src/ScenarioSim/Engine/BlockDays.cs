using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The days of a block of <see cref="BlockState.Lanes"/> replications (docs/model.md), computed at
/// vector width <typeparamref name="TVector"/>: each day reads as named steps: pause clock, troops,
/// event effects, escalation, militia attacks, ISIS pool, pause trigger, record; each step loads the
/// component parts of <see cref="BlockState"/> it uses once. The block's vectors are
/// stored in those parts as <see cref="BlockVector"/>s and read here at this width (the
/// same 64 bytes; <see cref="BlockVectorWidth.As{TVector}"/>), so the JIT compiles the steps once per
/// width with the block in that width's registers. Every lane draws only from its own keyed streams,
/// and which draws it makes depends only on its own state, so a replication's result does not depend
/// on the block it runs in, the thread, or the vector width. Nothing here allocates.
/// </summary>
/// <typeparam name="TVector">The vector width (<see cref="BlockVectorWidth"/>).</typeparam>
internal static class BlockDays<TVector>
    where TVector : unmanaged, IBlockVector<TVector>
{
    private static readonly int Lanes = BlockState.Lanes;

    /// <summary>Runs every day of the block, from the state <see cref="BlockSimulator"/> set up, showing each to <paramref name="observer"/>.</summary>
    public static void Run<TObserver>(CompiledScenario c, BlockState s, ref TObserver observer)
        where TObserver : struct, IBlockObserver
    {
        bool hasIsis = c.Isis.HasPool;
        for (int t = 0; t < c.Days; t++)
        {
            if (c.HasPausePolicy)
            {
                s.Pause.Advance(s.Forces, t);
            }

            UpdateTroops(c, s, t);
            if (t >= s.Events.NextEffectChangeAnyLane)
            {
                s.Events.Apply(c, s.Lane, t);
            }

            AdvanceEscalation(c, s, t);
            SampleMilitia(c, s, t);
            if (hasIsis)
            {
                UpdateIsis(c, s, t);
            }

            if (c.HasPausePolicy)
            {
                s.Pause.CheckTrigger(s.Lane);
            }

            Record(c, s, t);
            observer.OnDay(t, c, s);
        }
    }

    /// <summary>
    /// Troops and exposure for the day. When schedules are the same in every replication they were
    /// computed at compile time. Otherwise troops are summed force by force at each lane's clock,
    /// t − (days paused so far): a force whose schedule is the same in every lane from its compiled
    /// table, a force with drawn troops that does not slip from one place on its schedule for all
    /// lanes, and a slipping force (or any force under the pause policy) from each lane's own schedule;
    /// then the total's attrition, and exposure where troops differ; regions whose troops are the same
    /// in every lane take theirs and their exposure from the compiled tables.
    /// </summary>
    private static void UpdateTroops(CompiledScenario c, BlockState s, int t)
    {
        int regions = c.RegionCount;
        var forces = c.Forces;
        var state = s.Forces;
        if (forces.LaneInvariantTroops)
        {
            for (int r = 0; r < regions; r++)
            {
                V(ref state.TroopsToday[r]) = TVector.Create(forces.TroopsByDay[(t * regions) + r]);
                V(ref state.ExposureToday[r]) = TVector.Create(forces.ExposureByDay[(t * regions) + r]);
            }

            return;
        }

        // Each region's troops and the total, summed force by force in the forces' order in every lane
        // (so the same sums as lane by lane). A force whose schedule is the same in every lane reads its
        // compiled table at the lanes' clock; one that slips or has drawn troops searches each lane's own
        // schedule.
        for (int r = 0; r < regions; r++)
        {
            V(ref state.TroopsToday[r]) = TVector.Zero;
        }

        var total = TVector.Zero;
        var deployments = forces.Deployments;
        for (int f = 0; f < deployments.Length; f++)
        {
            var force = deployments[f];
            var table = forces.ForceTroopsByClock[f];
            TVector troops;
            if (table.Length > 0 && !c.HasPausePolicy)
            {
                troops = TVector.Create(table[t]);
            }
            else if (force.Slip is null && !c.HasPausePolicy)
            {
                // Drawn troops on the compiled days at the day itself: one place on the schedule for
                // every lane, each lane's own troops (the same arithmetic as ForceSchedule.TroopsAt).
                var point = ForceSchedule.Locate(force.BreakpointDays, force.Step, t, ref state.SharedForceCursor[f]);
                var at = state.BreakpointTroops[f];
                int k = point.Breakpoint;
                troops = point.Interpolates
                    ? V(ref at[k]) + (TVector.Create(point.Fraction) * (V(ref at[k + 1]) - V(ref at[k])))
                    : V(ref at[k]);
            }
            else
            {
                var pausedDays = s.Pause.PausedDays;
                for (int lane = 0; lane < Lanes; lane++)
                {
                    int clock = t - pausedDays[lane];
                    int slot = (f * Lanes) + lane;
                    s.LaneValues[lane] = table.Length > 0
                        ? table[clock]
                        : ForceSchedule.TroopsAt(state.BreakpointDays[slot], s.Lane[lane].ForceTroops[f], force.Step, clock, ref state.ForceCursor[slot]);
                }

                troops = Load(s.LaneValues, 0);
            }

            V(ref state.TroopsToday[force.Region]) += troops;
            total += troops;
        }

        Store(state.TotalTroops, 0, total);
        if (c.Isis.HasPool)
        {
            UpdateAttrition(c, s, t, total);
        }

        var hasMilitia = c.Militia.InRegion;
        for (int r = 0; r < regions; r++)
        {
            if (forces.RegionInvariantTroops[r])
            {
                // The same sums of the same schedules as the lanes' above, tabulated once.
                V(ref state.TroopsToday[r]) = TVector.Create(forces.TroopsByDay[(t * regions) + r]);
                V(ref state.ExposureToday[r]) = TVector.Create(forces.ExposureByDay[(t * regions) + r]);
                continue;
            }

            Store(state.Troops, r, V(ref state.TroopsToday[r]));
            if (hasMilitia[r])
            {
                UpdateExposure(state, s.Lane, r);
            }

            V(ref state.ExposureToday[r]) = Load(state.Exposure, r);
        }
    }

    /// <summary>
    /// δ(t) and ln(1 − δ(t)) per lane from the lane's total troops, δ by the arithmetic of
    /// <see cref="ScenarioCompiler.Attrition(double, double, double, double, double, double)"/> in every
    /// lane at once. The logarithm is taken again only where δ changed: not at all when no lane's did
    /// since yesterday, and a lane whose δ equals the previous lane's reuses that (a pure function of
    /// δ, so the same value).
    /// </summary>
    private static void UpdateAttrition(CompiledScenario c, BlockState s, int t, TVector total)
    {
        var isis = s.Isis;
        TVector isf;
        if (isis.SharedIsfCapacity)
        {
            isf = TVector.Create(c.Isis.IsfCapacityByDay[t]);
        }
        else
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                s.LaneValues[lane] = s.Lane[lane].IsfCapacityByDay[t];
            }

            isf = Load(s.LaneValues, 0);
        }

        var share = TVector.Min(TVector.One, total / V(ref isis.EnablerTroopsRef));
        var raw = V(ref isis.AttritionBase) + (V(ref isis.AttritionCt) * (isf + (V(ref isis.EnablerWeight) * share)));
        var attrition = TVector.Max(TVector.Min(raw, TVector.One), TVector.Zero);
        if (TVector.All(TVector.Equals(attrition, Load(isis.Attrition, 0))))
        {
            return;
        }

        Store(isis.AttritionToday, 0, attrition);
        for (int lane = 0; lane < Lanes; lane++)
        {
            double today = isis.AttritionToday[lane];
            if (lane > 0 && today == isis.AttritionToday[lane - 1])
            {
                isis.Log1mAttrition[lane] = isis.Log1mAttrition[lane - 1];
            }
            else if (today != isis.Attrition[lane])
            {
                isis.Log1mAttrition[lane] = Log1P.Of(-today);
            }

            isis.Attrition[lane] = today;
        }
    }

    /// <summary>
    /// E_r(t) per lane of a region whose troops differ between lanes, computed again only where the
    /// lane's troops changed since it was last computed, and copied from the previous lane where that
    /// lane has the same troops and exposure parameters (a pure function of them, so the same value).
    /// </summary>
    private static void UpdateExposure(BlockForces s, LaneParameters[] lanes, int r)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            int slot = (r * Lanes) + lane;
            double troops = s.Troops[slot];
            if (troops == s.ExposureTroops[slot])
            {
                continue;
            }

            var lc = lanes[lane];
            double exposureRef = lc.ExposureRef[r];
            double elasticity = lc.ExposureElasticity[r];
            s.ExposureTroops[slot] = troops;
            if (lane > 0 && troops == s.ExposureTroops[slot - 1]
                && exposureRef == lanes[lane - 1].ExposureRef[r] && elasticity == lanes[lane - 1].ExposureElasticity[r])
            {
                s.Exposure[slot] = s.Exposure[slot - 1];
            }
            else
            {
                s.Exposure[slot] = ScenarioCompiler.Exposure(troops, exposureRef, elasticity);
            }
        }
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
        var escalation = c.Escalation;
        if (!escalation.HasChain)
        {
            return;
        }

        var chain = s.Escalation;
        var state = V(ref chain.State);
        if (t > 0)
        {
            var leave = chain.Rng.NextDouble<TVector>();
            var choice = chain.Rng.NextDouble<TVector>();
            var next = state;
            for (int from = 0; from < escalation.StateNames.Length; from++)
            {
                var moving = TVector.Equals(state, TVector.Create((double)from)) & TVector.LessThan(leave, V(ref chain.LeaveProbability[from]));
                if (!LaneMask.Any(moving))
                {
                    continue;
                }

                var targets = escalation.NextState[from];
                var cumulative = chain.NextCumulative[from];
                var target = TVector.Create((double)targets[^1]);
                for (int k = targets.Length - 2; k >= 0; k--)
                {
                    target = TVector.ConditionalSelect(TVector.LessThan(choice, V(ref cumulative[k])), TVector.Create((double)targets[k]), target);
                }

                next = TVector.ConditionalSelect(moving, target, next);
            }

            state = next;
        }

        var events = s.Events;
        if (events.EventSetsStateToday)
        {
            var set = Load(events.StateSet, 0);
            state = TVector.ConditionalSelect(TVector.GreaterThanOrEqual(set, TVector.Zero), set, state);
        }

        V(ref chain.State) = state;
        var multiplier = V(ref chain.MilitiaMultiplier[0]);
        for (int k = 1; k < escalation.StateNames.Length; k++)
        {
            multiplier = TVector.ConditionalSelect(TVector.Equals(state, TVector.Create((double)k)), V(ref chain.MilitiaMultiplier[k]), multiplier);
        }

        V(ref chain.Multiplier) = multiplier;
    }

    /// <summary>
    /// Militia attacks per region, then each region's casualties and Hawkes excitation update. Regions
    /// are drawn two at a time (independent streams, so the same draws as one at a time).
    /// </summary>
    private static void SampleMilitia(CompiledScenario c, BlockState s, int t)
    {
        var militia = c.Militia;
        var regions = militia.Regions;
        var forces = s.Forces;
        var state = s.Militia;
        var events = s.Events;
        var escalation = s.Escalation;
        var dayAttacks = TVector.Zero;
        for (int i = 0; i < regions.Length; i += 2)
        {
            int r = regions[i];
            if (i + 1 == regions.Length)
            {
                dayAttacks += MilitiaAftermath(militia, state, r, BlockSamplers.Poisson(ref state.Rng[r], MilitiaIntensity(forces, state, events, escalation, r)));
                break;
            }

            int q = regions[i + 1];
            var (attacksR, attacksQ) = BlockSamplers.PoissonPair(
                ref state.Rng[r], MilitiaIntensity(forces, state, events, escalation, r), ref state.Rng[q], MilitiaIntensity(forces, state, events, escalation, q));
            dayAttacks += MilitiaAftermath(militia, state, r, attacksR);
            dayAttacks += MilitiaAftermath(militia, state, q, attacksQ);
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
    private static void CountPauseWindow(CompiledScenario c, BlockState s, int t, TVector dayAttacks)
    {
        if (c.PauseCountsSome)
        {
            var attacks = s.Militia.AttacksToday;
            dayAttacks = TVector.Zero;
            foreach (int r in c.Militia.Regions)
            {
                if (c.PauseCounts[r])
                {
                    dayAttacks += V(ref attacks[r]);
                }
            }
        }

        var pause = s.Pause;
        int slot = t % pause.AttackWindow.Length;
        V(ref pause.AttackWindowSum) += dayAttacks - V(ref pause.AttackWindow[slot]);
        V(ref pause.AttackWindow[slot]) = dayAttacks;
    }

    /// <summary>
    /// λ_r = base_rate · event factor · M(t) · E_r(t) + H_r(t), and 0 where the region has no troops.
    /// Internal so a test can read the engine's λ against the likelihood's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TVector MilitiaIntensity(BlockForces forces, BlockMilitia militia, BlockEvents events, BlockEscalation escalation, int r)
    {
        var present = TVector.GreaterThan(V(ref forces.TroopsToday[r]), TVector.Zero);
        var lambda = (V(ref militia.BaseRate[r]) * Load(events.BaseRateFactor, r) * V(ref escalation.Multiplier) * V(ref forces.ExposureToday[r])) + V(ref militia.Excitation[r]);
        return lambda & present;
    }

    /// <summary>Casualties of the region's attacks, the Hawkes update, and the day's records; returns the attacks.</summary>
    /// <remarks>
    /// Never inlined: inlined at one of its call sites it took <see cref="SampleMilitia"/> past the JIT's
    /// budget, which then left the small <typeparamref name="TVector"/> operators there as calls.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TVector MilitiaAftermath(CompiledMilitia militia, BlockMilitia s, int r, TVector attacks)
    {
        var (fatal, deaths) = SampleCasualties(s, ref s.Rng[r], attacks);
        if (militia.HasHawkes)
        {
            V(ref s.Excitation[r]) = (V(ref s.Excitation[r]) * V(ref s.HawkesDecayFactor)) + (V(ref s.HawkesAlpha) * attacks);
        }

        V(ref s.AttacksToday[r]) = attacks;
        V(ref s.FatalAttacksToday[r]) = fatal;
        V(ref s.DeathsToday[r]) = deaths;
        return attacks;
    }

    /// <summary>
    /// Of N attacks, Q ~ Binomial(N, p_fatal) are fatal; deaths are Q + Poisson(Q · extra_deaths_mean).
    /// Only lanes with attacks draw the binomial, and only lanes with fatal attacks and a positive
    /// extra-deaths mean draw the Poisson.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (TVector Fatal, TVector Deaths) SampleCasualties(
        BlockMilitia s, ref Xoshiro256StarStarBlock rng, TVector attacks)
    {
        var attacked = TVector.GreaterThan(attacks, TVector.Zero);
        if (!LaneMask.Any(attacked))
        {
            return (TVector.Zero, TVector.Zero);
        }

        var fatal = BlockSamplers.Binomial(ref rng, attacks, V(ref s.PFatal), V(ref s.Log1mPFatal), attacked);
        var killed = TVector.GreaterThan(fatal, TVector.Zero) & TVector.GreaterThan(V(ref s.ExtraDeathsMean), TVector.Zero);
        if (!LaneMask.Any(killed))
        {
            return (fatal, fatal);
        }

        var extra = BlockSamplers.Poisson(ref rng, fatal * V(ref s.ExtraDeathsMean), killed);
        return (fatal, fatal + extra);
    }

    /// <summary>
    /// One-off additions, attacks by region from F(t), then attrition, logistic recruitment and inflow
    /// give F(t+1). Resurgence and the peak are checked on F(t) here and on F(D) after the last day.
    /// </summary>
    private static void UpdateIsis(CompiledScenario c, BlockState s, int t)
    {
        var pool = s.Isis;
        var events = s.Events;
        var fighters = TVector.Max(TVector.Zero, V(ref pool.Fighters) + Load(events.FightersAdded, 0));
        V(ref pool.FightersToday) = fighters;
        NotePool(pool, fighters, t);

        var (attrition, log1mAttrition) = c.Forces.LaneInvariantTroops
            ? (TVector.Create(c.Isis.AttritionByDay[t]), TVector.Create(c.Isis.Log1mAttritionByDay[t]))
            : (Load(pool.Attrition, 0), Load(pool.Log1mAttrition, 0));
        var room = TVector.Max(TVector.Zero, TVector.One - (fighters / V(ref pool.CarryingCapacity)));
        var recruitMean = V(ref pool.RecruitmentRate) * Load(events.RecruitmentFactor, 0) * fighters * room;
        var (losses, recruits) = BlockSamplers.BinomialThenPoisson(ref pool.Rng, fighters, attrition, log1mAttrition, recruitMean);

        // Attacks by region come in pairs of independent streams; with an odd number of regions the
        // last is paired with the inflow (the pool's own stream, next after recruits), which changes
        // no stream's sequence of draws.
        var regions = c.Isis.Regions;
        TVector inflow;
        int i = 0;
        for (; i + 1 < regions.Length; i += 2)
        {
            int r = regions[i];
            int q = regions[i + 1];
            (V(ref pool.AttacksToday[r]), V(ref pool.AttacksToday[q])) = BlockSamplers.PoissonPair(
                ref pool.AttackRng[r], V(ref pool.AttackRate[r]) * fighters, ref pool.AttackRng[q], V(ref pool.AttackRate[q]) * fighters);
        }

        if (i < regions.Length)
        {
            int r = regions[i];
            (V(ref pool.AttacksToday[r]), inflow) = BlockSamplers.PoissonPair(
                ref pool.AttackRng[r], V(ref pool.AttackRate[r]) * fighters, ref pool.Rng, Load(events.Inflow, 0));
        }
        else
        {
            inflow = BlockSamplers.Poisson(ref pool.Rng, Load(events.Inflow, 0));
        }

        V(ref pool.Fighters) = TVector.Max(TVector.Zero, fighters - losses + recruits + inflow);
        if (t == c.Days - 1)
        {
            NotePool(pool, V(ref pool.Fighters), c.Days);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NotePool(BlockIsis s, TVector fighters, int t)
    {
        V(ref s.FightersPeak) = TVector.Max(V(ref s.FightersPeak), fighters);
        var first = TVector.LessThan(V(ref s.ResurgenceDay), TVector.Zero)
            & TVector.GreaterThanOrEqual(fighters, V(ref s.ResurgenceThreshold));
        V(ref s.ResurgenceDay) = TVector.ConditionalSelect(first, TVector.Create((double)t), V(ref s.ResurgenceDay));
    }

    /// <summary>
    /// Adds the day to its month. Regions without a militia (or ISIS) block have nothing to add; the
    /// run totals are summed from the months when a lane is read out.
    /// </summary>
    private static void Record(CompiledScenario c, BlockState s, int t)
    {
        var records = s.Records;
        var militia = s.Militia;
        var pool = s.Isis;
        int month = c.MonthOfDay[t];
        int offset = month * c.RegionCount;
        var troopsToday = s.Forces.TroopsToday;
        for (int r = 0; r < c.RegionCount; r++)
        {
            V(ref records.MonthlyTroops[offset + r]) += V(ref troopsToday[r]);
        }

        var deaths = TVector.Zero;
        foreach (int r in c.Militia.Regions)
        {
            V(ref records.MonthlyMilitiaAttacks[offset + r]) += V(ref militia.AttacksToday[r]);
            V(ref records.MonthlyMilitiaDeaths[offset + r]) += V(ref militia.DeathsToday[r]);
            deaths += V(ref militia.DeathsToday[r]);
        }

        var firstDeaths = TVector.LessThan(V(ref militia.FirstFatalityDay), TVector.Zero) & TVector.GreaterThan(deaths, TVector.Zero);
        V(ref militia.FirstFatalityDay) = TVector.ConditionalSelect(firstDeaths, TVector.Create((double)t), V(ref militia.FirstFatalityDay));

        foreach (int r in c.Isis.Regions)
        {
            V(ref records.MonthlyIsisAttacks[offset + r]) += V(ref pool.AttacksToday[r]);
        }

        int states = c.Escalation.StateNames.Length;
        var state = V(ref s.Escalation.State);
        for (int k = 0; k < states; k++)
        {
            V(ref records.MonthlyStateDays[(month * states) + k]) += TVector.Equals(state, TVector.Create((double)k)) & TVector.One;
        }

        V(ref records.MonthEndFighters[month]) = V(ref pool.Fighters);
    }

    /// <summary>The lanes of item <paramref name="item"/> of a lane-major array as a vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TVector Load(double[] values, int item) =>
        TVector.Create(new ReadOnlySpan<double>(values, item * Lanes, Lanes));

    /// <summary>Stores <paramref name="value"/> as the lanes of item <paramref name="item"/> of a lane-major array.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(double[] values, int item, TVector value) =>
        MemoryMarshal.Cast<double, TVector>(new Span<double>(values, item * Lanes, Lanes))[0] = value;

    /// <summary>A vector stored in the block's state, at this width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref TVector V(ref BlockVector storage) => ref BlockVectorWidth.As<TVector>(ref storage);
}
