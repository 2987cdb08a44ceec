using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <content>The escalation chain as the forward pass moves it.</content>
internal sealed partial class MilitiaLikelihood
{
    /// <summary>The escalation chain as a transition matrix, as the engine moves it.</summary>
    private sealed record Chain(int States, int Initial, double[] Multiplier, double[,] Transition, int[] Index)
    {
        public static Chain? From(EscalationChain? chain)
        {
            if (chain is null)
            {
                return new Chain(1, 0, [1.0], new double[,] { { 1.0 } }, []);
            }

            int k = chain.States.Count;
            var names = chain.States.Select(s => s.Name).ToList();
            var transition = new double[k, k];
            var multiplier = new double[k];
            for (int s = 0; s < k; s++)
            {
                var state = chain.States[s];
                if (!(state.MilitiaMultiplier >= 0) || state.MeanDurationDays is < 1 || state.MeanDurationDays is double.NaN)
                {
                    return null;
                }

                multiplier[s] = state.MilitiaMultiplier;
                double leave = ScenarioCompiler.LeaveProbability(state.MeanDurationDays);
                var next = state.Next.Where(n => n.Weight > 0).ToArray();
                double total = next.Sum(n => n.Weight);
                if (next.Length == 0)
                {
                    // The engine moves nowhere when there is no target: the chain stays.
                    leave = 0;
                }

                transition[s, s] = 1 - leave;
                foreach (var n in next)
                {
                    transition[s, names.IndexOf(n.To)] += leave * n.Weight / total;
                }
            }

            return new Chain(k, names.IndexOf(chain.Initial), multiplier, transition, []);
        }
    }
}
