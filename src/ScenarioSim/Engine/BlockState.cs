using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Everything a block of <see cref="Lanes"/> replications mutates, one lane per replication, allocated
/// once per worker and reset between blocks so the daily loop allocates nothing: the lanes' parameter
/// sets and draws, and one part per component, each owning its fields and its set-up from its compiled
/// record (<see cref="BlockForces"/>, <see cref="BlockEscalation"/>, <see cref="BlockMilitia"/>,
/// <see cref="BlockIsis"/>, <see cref="BlockEvents"/>, <see cref="BlockPause"/>), and the monthly
/// records (<see cref="BlockRecords"/>). Quantities the hot loop computes on are <see cref="BlockVector"/>s
/// (one element per lane); quantities that change rarely or per lane (escalation state, event effects,
/// schedules) are arrays indexed <c>item · Lanes + lane</c>. The daily steps load the parts they use
/// once per step.
/// </summary>
/// <remarks>Not thread-safe: each worker owns one.</remarks>
internal sealed class BlockState
{
    public static readonly int Lanes = Xoshiro256StarStarBlock.Lanes;

    public BlockState(CompiledScenario c)
    {
        Lane = Enumerable.Range(0, Lanes).Select(_ => new LaneParameters(c)).ToArray();
        ParameterValues = new double[c.Uncertainties.Length * Lanes];
        LaneValues = new double[Lanes];
        Forces = new BlockForces(c);
        Escalation = new BlockEscalation(c.Escalation);
        Militia = new BlockMilitia(c);
        Isis = new BlockIsis(c);
        Events = new BlockEvents(c);
        Pause = new BlockPause();
        Records = new BlockRecords(c);
    }

    /// <summary>
    /// Each lane's parameter set: the compiled scenario's values, with the lane's draws of the
    /// uncertain parameters written in place for each replication.
    /// </summary>
    public LaneParameters[] Lane { get; }

    /// <summary>Each lane's drawn value of each uncertain parameter, at <c>parameter · Lanes + lane</c>.</summary>
    public double[] ParameterValues { get; }

    /// <summary>One value per lane, gathered to be read as a vector (a force's troops, the ISF capacity; scratch for <c>BlockDays</c>).</summary>
    public double[] LaneValues { get; }

    /// <summary>The forces: schedules, the day's troops and exposure.</summary>
    public BlockForces Forces { get; }

    /// <summary>The escalation chain: each lane's state and multiplier.</summary>
    public BlockEscalation Escalation { get; }

    /// <summary>The militia: excitation, streams, the day's attacks and casualties.</summary>
    public BlockMilitia Militia { get; }

    /// <summary>The ISIS pool: fighters, attrition, streams, the day's attacks.</summary>
    public BlockIsis Isis { get; }

    /// <summary>The events: effect timing and the factors acting today.</summary>
    public BlockEvents Events { get; }

    /// <summary>The pause policy: attack window, pauses, schedule clock.</summary>
    public BlockPause Pause { get; }

    /// <summary>The monthly records and run totals.</summary>
    public BlockRecords Records { get; }
}
