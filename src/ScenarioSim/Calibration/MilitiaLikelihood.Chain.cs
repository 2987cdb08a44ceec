using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <content>The escalation chain as the forward pass moves it.</content>
public sealed partial class MilitiaLikelihood
{
    private static readonly HashSet<(int State, int Move)> NoUncertainMoves = [];

    /// <summary>
    /// The daily transition matrix of <paramref name="chain"/> as the forward pass uses it, or
    /// <see langword="null"/> when its numbers are invalid.
    /// </summary>
    internal static double[,]? TransitionMatrix(EscalationChain? chain) => Chain.From(chain)?.Transition;

    /// <summary>
    /// The escalation chain as a transition matrix: compiled by the engine's own compile step
    /// (<see cref="CompiledEscalation.Compile"/>) and turned into probabilities by the engine's move
    /// formulas (<see cref="EscalationMoves"/>), so it is the chain the simulator moves.
    /// </summary>
    private sealed record Chain(int States, int Initial, double[] Multiplier, double[,] Transition)
    {
        /// <returns><see langword="null"/> when a multiplier is negative or a duration below 1 (or NaN).</returns>
        public static Chain? From(EscalationChain? chain)
        {
            if (chain is not null && chain.States.Any(state =>
                    !(state.MilitiaMultiplier >= 0) || state.MeanDurationDays is < 1 || state.MeanDurationDays is double.NaN))
            {
                return null;
            }

            var compiled = CompiledEscalation.Compile(chain, NoUncertainMoves);
            return new Chain(compiled.StateNames.Length, compiled.InitialState, compiled.MilitiaMultiplier, compiled.TransitionMatrix());
        }
    }
}
