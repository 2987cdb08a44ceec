using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The escalation chain's part of a block's state (docs/model.md, section 3): each lane's state and
/// militia multiplier, the chain's stream, and the lanes' leave probabilities, multipliers and move
/// weights gathered from their parameter sets.
/// </summary>
/// <remarks>Allocated once per worker with its <see cref="BlockState"/>; not thread-safe.</remarks>
internal sealed class BlockEscalation
{
    public BlockEscalation(CompiledEscalation escalation)
    {
        int states = escalation.StateNames.Length;
        LeaveProbability = new BlockVector[states];
        MilitiaMultiplier = new BlockVector[states];
        NextCumulative = escalation.NextCumulative.Select(next => new BlockVector[next.Length]).ToArray();
    }

    /// <summary>The stream of the chain's moves.</summary>
    public Xoshiro256StarStarBlock Rng;

    /// <summary>Each lane's escalation state index.</summary>
    public BlockVector State;

    /// <summary>Each lane's militia multiplier M(t).</summary>
    public BlockVector Multiplier;

    /// <summary>Per state, each lane's daily probability of leaving it.</summary>
    public BlockVector[] LeaveProbability { get; }

    /// <summary>Per state, each lane's militia multiplier.</summary>
    public BlockVector[] MilitiaMultiplier { get; }

    /// <summary>Per state and move, each lane's cumulative move weight.</summary>
    public BlockVector[][] NextCumulative { get; }

    /// <summary>
    /// The block's first day: the lanes' chain parameters gathered, every lane in the initial state (or,
    /// in a conditioned run with a chain, in a state drawn from the initial conditions), the chain's stream seeded.
    /// </summary>
    public void Reset(CompiledScenario c, LaneParameters[] lanes, ulong seed, long first)
    {
        var escalation = c.Escalation;
        for (int state = 0; state < escalation.StateNames.Length; state++)
        {
            LeaveProbability[state] = LaneParameters.Gather(lanes, state, static (lc, st) => lc.LeaveProbability[st]);
            MilitiaMultiplier[state] = LaneParameters.Gather(lanes, state, static (lc, st) => lc.MilitiaMultiplier[st]);
            for (int k = 0; k < escalation.NextCumulative[state].Length; k++)
            {
                NextCumulative[state][k] = LaneParameters.Gather(lanes, state, k, static (lc, st, k) => lc.NextCumulative[st][k]);
            }
        }

        Multiplier = MilitiaMultiplier[escalation.InitialState];
        State = BlockVector.Create((double)escalation.InitialState);
        Rng = StreamKey.CreateBlock(seed, first, escalation.Stream);
        if (c.Initial is { } initial && escalation.HasChain)
        {
            State = initial.DrawStates(ref Rng);
        }
    }
}
