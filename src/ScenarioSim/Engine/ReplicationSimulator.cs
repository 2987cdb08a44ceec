using System.Runtime.CompilerServices;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Simulates one replication day by day (SPEC sections 1–6). Each day reads as named steps: move the
/// schedule clock and troops, advance escalation, apply event effects, sample militia attacks, update
/// the ISIS pool, apply the pause policy, record. Nothing here allocates.
/// </summary>
internal static class ReplicationSimulator
{
    /// <summary>Runs replication <paramref name="replication"/> into <paramref name="s"/>, showing each day to <paramref name="observer"/>.</summary>
    public static void Run<TObserver>(
        CompiledScenario c, ReplicationState s, ulong seed, long replication, ref TObserver observer)
        where TObserver : struct, IDayObserver
    {
        Reset(c, s, seed, replication);
        for (int t = 0; t < c.Days; t++)
        {
            AdvancePause(s);
            UpdateTroops(c, s, t);
            if (t >= s.NextEffectChange)
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
                CheckPauseTrigger(c, s, t);
            }

            Record(c, s, t);
            observer.OnDay(t, c, s);
        }

        s.TroopsEnd = s.TotalTroops;
        s.PeakMonthlyMilitiaAttacks = PeakMonthlyAttacks(c, s);
    }

    /// <summary>The largest calendar-month militia attack total over all regions.</summary>
    private static long PeakMonthlyAttacks(CompiledScenario c, ReplicationState s)
    {
        long peak = 0;
        for (int m = 0; m < c.MonthCount; m++)
        {
            long month = 0;
            for (int r = 0; r < c.RegionCount; r++)
            {
                month += s.MonthlyMilitiaAttacks[(m * c.RegionCount) + r];
            }

            peak = Math.Max(peak, month);
        }

        return peak;
    }

    /// <summary>Seeds the replication's streams and draws its once-per-replication quantities (slips, events).</summary>
    private static void Reset(CompiledScenario c, ReplicationState s, ulong seed, long replication)
    {
        for (int f = 0; f < c.Forces.Length; f++)
        {
            var force = c.Forces[f];
            int slip = 0;
            if (force.Slip is not null)
            {
                var rng = StreamKey.Create(seed, replication, force.SlipStream);
                slip = (int)Math.Round(force.Slip.Quantile(rng.NextDouble()), MidpointRounding.AwayFromZero);
            }

            var days = s.BreakpointDays[f];
            days[0] = force.BreakpointDays[0];
            for (int k = 1; k < days.Length; k++)
            {
                days[k] = force.BreakpointDays[k] + slip;
            }

            s.ForceCursor[f] = 0;
        }

        int effect = 0;
        for (int e = 0; e < c.Events.Length; e++)
        {
            var ev = c.Events[e];
            var rng = StreamKey.Create(seed, replication, ev.Stream);
            bool draw = rng.NextDouble() < ev.Probability;
            int day = ev.FirstDay + (int)rng.NextBelow((ulong)ev.DayChoices);
            bool occurs = draw && day >= 0 && day < c.Days;
            s.EventOccurs[e] = occurs;
            s.EventDay[e] = day;
            for (int k = 0; k < ev.Effects.Length; k++)
            {
                s.EffectStart[effect++] = occurs ? day : -1;
            }
        }

        s.NextEffectChange = 0;
        s.EscalationRng = StreamKey.Create(seed, replication, c.EscalationStream);
        s.State = c.InitialState;
        s.IsisRng = StreamKey.Create(seed, replication, c.IsisStream);
        s.Fighters = c.InitialFighters;
        s.FightersToday = c.InitialFighters;
        s.FightersPeak = c.InitialFighters;
        s.ResurgenceDay = -1;
        for (int r = 0; r < c.RegionCount; r++)
        {
            s.MilitiaRng[r] = StreamKey.Create(seed, replication, c.MilitiaStreams[r]);
            s.IsisAttackRng[r] = StreamKey.Create(seed, replication, c.IsisAttackStreams[r]);
            s.Excitation[r] = 0;
            s.ExposureTroops[r] = -1;
        }

        Array.Clear(s.AttackWindow);
        s.AttackWindowSum = 0;
        s.PausedDays = 0;
        s.PauseRemaining = 0;
        s.PausedToday = false;
        Array.Clear(s.MonthlyTroops);
        Array.Clear(s.MonthlyMilitiaAttacks);
        Array.Clear(s.MonthlyMilitiaDeaths);
        Array.Clear(s.MonthlyIsisAttacks);
        Array.Clear(s.MonthEndFighters);
        Array.Clear(s.MonthlyStateDays);
        s.MilitiaAttacksTotal = 0;
        s.MilitiaDeathsTotal = 0;
        s.IsisAttacksTotal = 0;
        s.TroopsEnd = 0;
    }

    /// <summary>A pause, once started, stops the schedule clock for its days.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AdvancePause(ReplicationState s)
    {
        s.PausedToday = s.PauseRemaining > 0;
        if (s.PausedToday)
        {
            s.PauseRemaining--;
            s.PausedDays++;
        }
    }

    /// <summary>Troops on day t are the schedules read at clock time t − (days paused so far).</summary>
    private static void UpdateTroops(CompiledScenario c, ReplicationState s, int t)
    {
        Array.Clear(s.Troops);
        int clock = t - s.PausedDays;
        double total = 0;
        for (int f = 0; f < c.Forces.Length; f++)
        {
            var force = c.Forces[f];
            double troops = ForceSchedule.TroopsAt(s.BreakpointDays[f], force.Troops, force.Step, clock, ref s.ForceCursor[f]);
            s.Troops[force.Region] += troops;
            total += troops;
        }

        s.TotalTroops = total;
    }

    /// <summary>
    /// Recomputes the effects acting from day t. Called only on days where some effect starts or ends,
    /// so its cost is per event, not per day.
    /// </summary>
    private static void ApplyEventEffects(CompiledScenario c, ReplicationState s, int t)
    {
        s.BaseRateFactor.AsSpan().Fill(1.0);
        s.RecruitmentFactor = 1.0;
        s.Inflow = 0;
        s.FightersAddedToday = 0;
        s.StateSetToday = -1;
        int next = int.MaxValue;
        int index = 0;
        for (int e = 0; e < c.Events.Length; e++)
        {
            var effects = c.Events[e].Effects;
            bool active = false;
            for (int k = 0; k < effects.Length; k++, index++)
            {
                int start = s.EffectStart[index];
                if (start < 0)
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
                        for (int r = 0; r < s.BaseRateFactor.Length; r++)
                        {
                            s.BaseRateFactor[r] *= effect.Value;
                        }

                        break;
                    case EffectTarget.MilitiaBaseRate:
                        s.BaseRateFactor[effect.Region] *= effect.Value;
                        break;
                    case EffectTarget.IsisRecruitment:
                        s.RecruitmentFactor *= effect.Value;
                        break;
                    case EffectTarget.IsisInflow:
                        s.Inflow += effect.Value;
                        break;
                    case EffectTarget.IsisFighters:
                        s.FightersAddedToday += (long)effect.Value;
                        break;
                    case EffectTarget.Escalation:
                        s.StateSetToday = effect.State;
                        break;
                }
            }

            s.EventActive[e] = active;
        }

        s.NextEffectChange = next;
    }

    /// <summary>
    /// Day 0 is in the initial state; each later day the chain leaves with probability 1/mean duration
    /// and moves by the next weights. Two uniforms are drawn every day whatever happens, so a change
    /// to one day (an event setting the state) leaves the draws of every other day where they were.
    /// </summary>
    private static void AdvanceEscalation(CompiledScenario c, ReplicationState s, int t)
    {
        if (!c.HasEscalation)
        {
            return;
        }

        if (t > 0)
        {
            double leave = s.EscalationRng.NextDouble();
            double choice = s.EscalationRng.NextDouble();
            int state = s.State;
            if (leave < c.LeaveProbability[state])
            {
                var cumulative = c.NextCumulative[state];
                int k = 0;
                while (k < cumulative.Length - 1 && choice >= cumulative[k])
                {
                    k++;
                }

                s.State = c.NextState[state][k];
            }
        }

        if (s.StateSetToday >= 0)
        {
            s.State = s.StateSetToday;
        }
    }

    /// <summary>Militia attacks per region, their casualties, and the Hawkes excitation update.</summary>
    private static void SampleMilitia(CompiledScenario c, ReplicationState s, int t)
    {
        double multiplier = c.MilitiaMultiplier[s.State];
        long dayAttacks = 0;
        for (int r = 0; r < c.RegionCount; r++)
        {
            long attacks = 0;
            long fatal = 0;
            long deaths = 0;
            if (c.HasMilitia[r])
            {
                double troops = s.Troops[r];
                if (troops > 0)
                {
                    double lambda = (c.BaseRate[r] * s.BaseRateFactor[r] * multiplier * Exposure(c, s, r, troops)) + s.Excitation[r];
                    attacks = PoissonSampler.Sample(ref s.MilitiaRng[r], lambda);
                    if (attacks > 0)
                    {
                        fatal = BinomialSampler.Sample(ref s.MilitiaRng[r], attacks, c.PFatal);
                        deaths = fatal > 0 ? fatal + PoissonSampler.Sample(ref s.MilitiaRng[r], fatal * c.ExtraDeathsMean) : 0;
                    }
                }

                if (c.HasHawkes)
                {
                    s.Excitation[r] = (s.Excitation[r] * c.HawkesDecayFactor) + (c.HawkesAlpha * attacks);
                }
            }

            s.AttacksToday[r] = attacks;
            s.FatalAttacksToday[r] = fatal;
            s.DeathsToday[r] = deaths;
            dayAttacks += attacks;
        }

        if (c.HasPausePolicy)
        {
            int slot = t % s.AttackWindow.Length;
            s.AttackWindowSum += dayAttacks - s.AttackWindow[slot];
            s.AttackWindow[slot] = dayAttacks;
        }
    }

    /// <summary>E_r = (T_r / exposure_ref)^elasticity, recomputed only when the region's troops change.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Exposure(CompiledScenario c, ReplicationState s, int r, double troops)
    {
        if (troops != s.ExposureTroops[r])
        {
            s.ExposureTroops[r] = troops;
            s.Exposure[r] = Math.Pow(troops / c.ExposureRef[r], c.ExposureElasticity[r]);
        }

        return s.Exposure[r];
    }

    /// <summary>
    /// One-off additions, attacks by region from F(t), then attrition, logistic recruitment and inflow
    /// give F(t+1). Resurgence and the peak are checked on F(t) here and on F(D) by the recorder.
    /// </summary>
    private static void UpdateIsis(CompiledScenario c, ReplicationState s, int t)
    {
        long fighters = Math.Max(0, s.Fighters + s.FightersAddedToday);
        s.FightersAddedToday = 0;
        s.FightersToday = fighters;
        NotePool(c, s, fighters, t);

        for (int r = 0; r < c.RegionCount; r++)
        {
            double rate = c.IsisAttackRatePerFighter[r];
            s.IsisAttacksToday[r] = rate > 0 ? PoissonSampler.Sample(ref s.IsisAttackRng[r], rate * fighters) : 0;
        }

        double enabler = c.EnablerWeight * Math.Min(1.0, s.TotalTroops / c.EnablerTroopsRef);
        double capacity = c.IsfCapacityByDay[t] + enabler;
        double attrition = Math.Clamp(c.AttritionBase + (c.AttritionCt * capacity), 0.0, 1.0);
        long losses = BinomialSampler.Sample(ref s.IsisRng, fighters, attrition);
        double room = Math.Max(0.0, 1.0 - (fighters / c.CarryingCapacity));
        long recruits = PoissonSampler.Sample(ref s.IsisRng, c.RecruitmentRate * s.RecruitmentFactor * fighters * room);
        long inflow = PoissonSampler.Sample(ref s.IsisRng, s.Inflow);
        s.Fighters = Math.Max(0, fighters - losses + recruits + inflow);
        if (t == c.Days - 1)
        {
            NotePool(c, s, s.Fighters, c.Days);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NotePool(CompiledScenario c, ReplicationState s, long fighters, int t)
    {
        if (fighters > s.FightersPeak)
        {
            s.FightersPeak = fighters;
        }

        if (s.ResurgenceDay < 0 && fighters >= c.ResurgenceThreshold)
        {
            s.ResurgenceDay = t;
        }
    }

    /// <summary>
    /// When the 30-day attack total exceeds the threshold, a pause starts the next day; it can trigger
    /// again only once the previous pause has ended.
    /// </summary>
    private static void CheckPauseTrigger(CompiledScenario c, ReplicationState s, int t)
    {
        if (!s.PausedToday && s.PauseRemaining == 0 && s.AttackWindowSum > c.PauseThreshold)
        {
            s.PauseRemaining = c.PauseDays;
        }
    }

    /// <summary>Adds the day to its month and to the run totals.</summary>
    private static void Record(CompiledScenario c, ReplicationState s, int t)
    {
        int month = c.MonthOfDay[t];
        int offset = month * c.RegionCount;
        for (int r = 0; r < c.RegionCount; r++)
        {
            s.MonthlyTroops[offset + r] += s.Troops[r];
            s.MonthlyMilitiaAttacks[offset + r] += s.AttacksToday[r];
            s.MonthlyMilitiaDeaths[offset + r] += s.DeathsToday[r];
            s.MonthlyIsisAttacks[offset + r] += s.IsisAttacksToday[r];
            s.MilitiaAttacksTotal += s.AttacksToday[r];
            s.MilitiaDeathsTotal += s.DeathsToday[r];
            s.IsisAttacksTotal += s.IsisAttacksToday[r];
        }

        s.MonthlyStateDays[(month * c.StateNames.Length) + s.State]++;
        s.MonthEndFighters[month] = s.Fighters;
    }
}
