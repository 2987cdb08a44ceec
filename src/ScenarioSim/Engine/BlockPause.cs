using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The pause policy's part of a block's state (docs/model.md, section 2, "Pause policy"): each lane's rolling
/// window of attacks, its pause and the days its schedule clock has stood still.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockPause
{
    private static readonly int Lanes = BlockState.Lanes;

    public BlockPause()
    {
        AttackWindow = new BlockVector[Model.PauseDrawdownPolicy.WindowDays];
        PausedDays = new int[Lanes];
        PauseRemaining = new int[Lanes];
        PausedToday = new bool[Lanes];
    }

    /// <summary>The counted attacks of each of the last <see cref="Model.PauseDrawdownPolicy.WindowDays"/> days, at <c>day mod window</c>.</summary>
    public BlockVector[] AttackWindow { get; }

    /// <summary>The sum of <see cref="AttackWindow"/>.</summary>
    public BlockVector AttackWindowSum;

    /// <summary>Each lane's days paused so far: its schedule clock is the day minus these.</summary>
    public int[] PausedDays { get; }

    public int[] PauseRemaining { get; }

    public bool[] PausedToday { get; }

    /// <summary>The lane's replication starts unpaused.</summary>
    public void ResetLane(int lane)
    {
        PausedDays[lane] = 0;
        PauseRemaining[lane] = 0;
        PausedToday[lane] = false;
    }

    /// <summary>The block's first day: an empty attack window.</summary>
    public void Reset()
    {
        Array.Clear(AttackWindow);
        AttackWindowSum = BlockVector.Zero;
    }

    /// <summary>
    /// A pause, once started, stops the schedule clock for its days. The drawdown is complete on the
    /// first day the clock, t − (days paused so far), reaches the last breakpoint.
    /// </summary>
    public void Advance(BlockForces forces, int t)
    {
        var drawdownDay = forces.DrawdownDay;
        var drawdownEnd = forces.DrawdownEndClock;
        for (int lane = 0; lane < Lanes; lane++)
        {
            bool paused = PauseRemaining[lane] > 0;
            PausedToday[lane] = paused;
            if (paused)
            {
                PauseRemaining[lane]--;
                PausedDays[lane]++;
            }

            if (drawdownDay[lane] < 0 && t - PausedDays[lane] >= drawdownEnd[lane])
            {
                drawdownDay[lane] = t;
            }
        }
    }

    /// <summary>
    /// When a lane's 30-day attack total exceeds the threshold, its pause starts the next day; it can
    /// trigger again only once the previous pause has ended.
    /// </summary>
    public void CheckTrigger(LaneParameters[] lanes)
    {
        for (int lane = 0; lane < Lanes; lane++)
        {
            var lc = lanes[lane];
            if (!PausedToday[lane] && PauseRemaining[lane] == 0 && AttackWindowSum.GetElement(lane) > lc.PauseThreshold)
            {
                PauseRemaining[lane] = lc.PauseDays;
            }
        }
    }
}
