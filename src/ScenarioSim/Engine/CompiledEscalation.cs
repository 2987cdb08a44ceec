using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The escalation chain in engine form (docs/model.md, section 3): per state its leave probability,
/// its moves as cumulative weights and target indices, and its militia multiplier. Without a chain,
/// one state with multiplier 1 and no moves.
/// </summary>
/// <remarks>Immutable after compilation and shared by every worker.</remarks>
internal sealed class CompiledEscalation
{
    /// <summary>True when the scenario has an escalation block.</summary>
    public required bool HasChain { get; init; }

    /// <summary>Index of the state day 0 is in.</summary>
    public required int InitialState { get; init; }

    /// <summary>The states' names (one empty name without a chain).</summary>
    public required string[] StateNames { get; init; }

    /// <summary>Per state, the daily probability of leaving it (<see cref="EscalationMoves.LeaveProbability"/>).</summary>
    public required double[] LeaveProbability { get; init; }

    /// <summary>Per state, cumulative normalised weights of the move targets (<see cref="EscalationMoves.CumulativeWeights"/>).</summary>
    public required double[][] NextCumulative { get; init; }

    /// <summary>Per state, the target state indices matching <see cref="NextCumulative"/>.</summary>
    public required int[][] NextState { get; init; }

    /// <summary>Per state, each compiled move's index in the state's <c>next</c> list (moves without weight are left out unless their weight is uncertain).</summary>
    public required int[][] NextSource { get; init; }

    /// <summary>Per state, its militia_multiplier.</summary>
    public required double[] MilitiaMultiplier { get; init; }

    /// <summary>The stream key of the chain's moves.</summary>
    public required ulong Stream { get; init; }

    /// <summary>
    /// The chain in engine form. A state's moves are those with a positive weight, and those whose
    /// weight is uncertain (<paramref name="uncertainMoves"/>: state and move index), whose lanes may draw any weight.
    /// </summary>
    /// <param name="chain">The scenario's chain, or <see langword="null"/>.</param>
    /// <param name="uncertainMoves">The moves whose weight is an uncertain parameter.</param>
    public static CompiledEscalation Compile(EscalationChain? chain, IReadOnlySet<(int State, int Move)> uncertainMoves)
    {
        if (chain is null)
        {
            return new CompiledEscalation
            {
                HasChain = false,
                InitialState = 0,
                StateNames = [string.Empty],
                LeaveProbability = [0],
                NextCumulative = [[]],
                NextState = [[]],
                NextSource = [[]],
                MilitiaMultiplier = [1.0],
                Stream = StreamKey.ForComponent(ComponentNames.Escalation),
            };
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
            EscalationMoves.CumulativeWeights(sources[s].Select(k => moves[k].Weight).ToArray(), cumulative[s]);
            targets[s] = sources[s].Select(k => index[moves[k].To]).ToArray();
        }

        return new CompiledEscalation
        {
            HasChain = true,
            InitialState = index[chain.Initial],
            StateNames = names,
            LeaveProbability = chain.States.Select(s => EscalationMoves.LeaveProbability(s.MeanDurationDays)).ToArray(),
            NextCumulative = cumulative,
            NextState = targets,
            NextSource = sources,
            MilitiaMultiplier = chain.States.Select(s => s.MilitiaMultiplier).ToArray(),
            Stream = StreamKey.ForComponent(ComponentNames.Escalation),
        };
    }

    /// <summary>
    /// The daily transition matrix the engine's step moves by: <c>[from, to]</c> from the compiled leave
    /// probabilities and cumulative weights (<see cref="EscalationMoves.TransitionRow"/>).
    /// </summary>
    public double[,] TransitionMatrix()
    {
        int k = StateNames.Length;
        var matrix = new double[k, k];
        var row = new double[k];
        for (int from = 0; from < k; from++)
        {
            EscalationMoves.TransitionRow(from, LeaveProbability[from], NextCumulative[from], NextState[from], row);
            for (int to = 0; to < k; to++)
            {
                matrix[from, to] = row[to];
            }
        }

        return matrix;
    }
}
