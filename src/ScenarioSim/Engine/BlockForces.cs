using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The forces' part of a block's state (docs/model.md, section 2): each lane's schedules (slips make them
/// differ between lanes), the day's troops and exposure by region, and the drawdown's timing metric.
/// Per-lane arrays are indexed <c>item · Lanes + lane</c>.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockForces
{
    private static readonly int Lanes = BlockState.Lanes;

    public BlockForces(CompiledScenario c)
    {
        int r = c.RegionCount;
        var deployments = c.Forces.Deployments;
        BreakpointDays = new int[deployments.Length * Lanes][];
        for (int f = 0; f < deployments.Length; f++)
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                BreakpointDays[(f * Lanes) + lane] = new int[deployments[f].BreakpointDays.Length];
            }
        }

        ForceCursor = new int[deployments.Length * Lanes];
        SharedForceCursor = new int[deployments.Length];
        BreakpointTroops = deployments.Select(f => new BlockVector[f.BreakpointDays.Length]).ToArray();
        Troops = new double[r * Lanes];
        TroopsToday = new BlockVector[r];
        ExposureToday = new BlockVector[r];
        TotalTroops = new double[Lanes];
        ExposureTroops = new double[r * Lanes];
        Exposure = new double[r * Lanes];
        DrawdownEndClock = new int[Lanes];
        DrawdownDay = new int[Lanes];
        TroopsEnd = new double[Lanes];
    }

    /// <summary>Per force and lane, the schedule's breakpoint days with the lane's slip.</summary>
    public int[][] BreakpointDays { get; }

    /// <summary>Per force and lane, the segment cursor of the lane's own schedule.</summary>
    public int[] ForceCursor { get; }

    /// <summary>Per force, the segment cursor of a schedule read at the day itself in every lane (no slip, no pause).</summary>
    public int[] SharedForceCursor { get; }

    /// <summary>Per force, each breakpoint's troops in the eight lanes (drawn per replication where uncertain).</summary>
    public BlockVector[][] BreakpointTroops { get; }

    /// <summary>T_r(t) per region and lane, for regions whose troops differ between lanes.</summary>
    public double[] Troops { get; }

    /// <summary>T_r(t) per lane for the current day, by region.</summary>
    public BlockVector[] TroopsToday { get; }

    /// <summary>E_r(t) per lane for the current day, by region.</summary>
    public BlockVector[] ExposureToday { get; }

    /// <summary>T(t) per lane, all regions together.</summary>
    public double[] TotalTroops { get; }

    /// <summary>Per region and lane, the troops <see cref="Exposure"/> was last computed for (−1: not yet in this block).</summary>
    public double[] ExposureTroops { get; }

    /// <summary>E_r(t) per region and lane, for regions whose troops differ between lanes.</summary>
    public double[] Exposure { get; }

    // Timing metrics (docs/model.md, "Timing metrics").

    /// <summary>Each lane's latest last breakpoint over its forces (slips included): the clock time at which its drawdown is complete.</summary>
    public int[] DrawdownEndClock { get; }

    /// <summary>Each lane's first day on which its schedule clock had reached <see cref="DrawdownEndClock"/>, or −1.</summary>
    public int[] DrawdownDay { get; }

    /// <summary>Each lane's troops on the last day, T(D−1).</summary>
    public double[] TroopsEnd { get; }

    /// <summary>
    /// Each force's slip, drawn once per replication from its own stream and rounded half away from
    /// zero; and the clock time by which every force has reached its last breakpoint.
    /// </summary>
    public void ResetLane(CompiledForces forces, ulong seed, long replication, int lane)
    {
        int drawdownEnd = int.MinValue;
        var deployments = forces.Deployments;
        for (int f = 0; f < deployments.Length; f++)
        {
            var force = deployments[f];
            int slip = 0;
            if (force.Slip is not null)
            {
                var rng = StreamKey.Create(seed, replication, force.SlipStream);
                slip = (int)Math.Round(force.Slip.Quantile(rng.NextDouble()), MidpointRounding.AwayFromZero);
            }

            var days = BreakpointDays[(f * Lanes) + lane];
            days[0] = force.BreakpointDays[0];
            for (int k = 1; k < days.Length; k++)
            {
                days[k] = force.BreakpointDays[k] + slip;
            }

            ForceCursor[(f * Lanes) + lane] = 0;
            drawdownEnd = Math.Max(drawdownEnd, days[^1]);
        }

        DrawdownEndClock[lane] = drawdownEnd;
    }

    /// <summary>
    /// The lane's drawdown day where it is known before the first day: without pauses the clock is the
    /// day, so the drawdown completes on its last breakpoint's day (day 0 if that is before the start);
    /// with pauses <see cref="BlockPause.Advance"/> finds the day.
    /// </summary>
    public void ResetDrawdownDay(CompiledScenario c, int lane)
    {
        int end = DrawdownEndClock[lane];
        DrawdownDay[lane] = c.HasPausePolicy || end >= c.Days ? -1 : Math.Max(0, end);
    }

    /// <summary>The block's first day: no exposure computed yet, and the breakpoint troops gathered from the lanes where troops differ between them.</summary>
    public void Reset(CompiledForces forces, LaneParameters[] lanes)
    {
        if (!forces.LaneInvariantTroops)
        {
            for (int f = 0; f < forces.Deployments.Length; f++)
            {
                var troops = BreakpointTroops[f];
                for (int k = 0; k < troops.Length; k++)
                {
                    troops[k] = LaneParameters.Gather(lanes, f, k, static (lc, f, k) => lc.ForceTroops[f][k]);
                }

                SharedForceCursor[f] = 0;
            }
        }

        ExposureTroops.AsSpan().Fill(-1);
    }

    /// <summary>Notes each lane's troops on the last day, once the block's days are done.</summary>
    public void NoteEnd(CompiledForces forces, int days)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            TroopsEnd[lane] = forces.LaneInvariantTroops ? forces.TotalTroopsByDay[days - 1] : TotalTroops[lane];
        }
    }
}
