using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The events' part of a block's state (docs/model.md, section 7): when each lane's effects start, and
/// the factors and additions acting in each lane, recomputed only on days where some lane's effect
/// starts or ends. Per-lane arrays are indexed <c>item · Lanes + lane</c>.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockEvents
{
    /// <summary>The start day of an effect whose event does not happen in the lane.</summary>
    private const int NoEffect = int.MinValue;

    private static readonly int Lanes = BlockState.Lanes;

    public BlockEvents(CompiledScenario c)
    {
        EffectStart = new int[c.Events.EffectCount * Lanes];
        NextEffectChange = new int[Lanes];
        EventActive = new bool[c.Events.Items.Length * Lanes];
        BaseRateFactor = new double[c.RegionCount * Lanes];
        RecruitmentFactor = new double[Lanes];
        Inflow = new double[Lanes];
        FightersAdded = new double[Lanes];
        StateSet = new double[Lanes];
    }

    /// <summary>Per effect (in event order) and lane, the day it starts, or <c>int.MinValue</c> where its event does not happen.</summary>
    public int[] EffectStart { get; }

    /// <summary>Each lane's next day on which one of its effects starts or ends.</summary>
    public int[] NextEffectChange { get; }

    /// <summary>The earliest of <see cref="NextEffectChange"/>.</summary>
    public int NextEffectChangeAnyLane { get; set; }

    /// <summary>True while some lane's <see cref="StateSet"/> is set.</summary>
    public bool EventSetsStateToday { get; set; }

    /// <summary>Per event and lane, whether one of its effects acts today.</summary>
    public bool[] EventActive { get; }

    /// <summary>Per region and lane, the factor on the militia base rate.</summary>
    public double[] BaseRateFactor { get; }

    public double[] RecruitmentFactor { get; }

    public double[] Inflow { get; }

    public double[] FightersAdded { get; }

    /// <summary>Each lane's state set by an event today, or −1.</summary>
    public double[] StateSet { get; }

    /// <summary>Whether and when each event happens in the lane: two draws from the event's own stream.</summary>
    public void ResetLane(CompiledScenario c, LaneParameters parameters, ulong seed, long replication, int lane)
    {
        int effect = 0;
        var events = c.Events.Items;
        for (int e = 0; e < events.Length; e++)
        {
            var ev = events[e];
            var rng = StreamKey.Create(seed, replication, ev.Stream);
            bool draw = rng.NextDouble() < parameters.EventProbability[e];
            int day = ev.FirstDay + (int)rng.NextBelow((ulong)ev.DayChoices);
            // A conditioned run starts inside the scenario: an event drawn before its day 0 acts for its remaining days.
            bool occurs = draw && day < c.Days && (day >= 0 || c.Initial is not null);
            for (int k = 0; k < ev.Effects.Length; k++)
            {
                EffectStart[(effect++ * Lanes) + lane] = occurs ? day : NoEffect;
            }
        }

        NextEffectChange[lane] = 0;
    }

    /// <summary>The block's first day: every lane's effects are computed on it.</summary>
    public void Reset() => NextEffectChangeAnyLane = 0;

    /// <summary>
    /// Recomputes, in each lane due for it, the effects acting from day t. Called only on days where
    /// some lane's effect starts or ends, so its cost is per event, not per day.
    /// </summary>
    public void Apply(CompiledScenario c, LaneParameters[] lanes, int t)
    {
        int nextAnyLane = int.MaxValue;
        bool setsState = false;
        for (int lane = 0; lane < Lanes; lane++)
        {
            if (t >= NextEffectChange[lane])
            {
                ApplyLane(c, lanes[lane], t, lane);
            }

            nextAnyLane = Math.Min(nextAnyLane, NextEffectChange[lane]);
            setsState |= StateSet[lane] >= 0;
        }

        NextEffectChangeAnyLane = nextAnyLane;
        EventSetsStateToday = setsState;
    }

    private void ApplyLane(CompiledScenario c, LaneParameters lc, int t, int lane)
    {
        for (int r = 0; r < c.RegionCount; r++)
        {
            BaseRateFactor[(r * Lanes) + lane] = 1.0;
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
                int start = EffectStart[(index * Lanes) + lane];
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
                            BaseRateFactor[(r * Lanes) + lane] *= value;
                        }

                        break;
                    case EffectTarget.MilitiaBaseRate:
                        BaseRateFactor[(effect.Region * Lanes) + lane] *= value;
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

            EventActive[(e * Lanes) + lane] = active;
        }

        RecruitmentFactor[lane] = recruitment;
        Inflow[lane] = inflow;
        FightersAdded[lane] = fighters;
        StateSet[lane] = setState;
        NextEffectChange[lane] = next;
    }
}
