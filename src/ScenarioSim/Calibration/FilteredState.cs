namespace ScenarioSim.Calibration;

/// <summary>The forward filter of <see cref="MilitiaLikelihood"/> at the last day it covers.</summary>
/// <param name="LogLikelihood">The log-likelihood of the militia counts up to that day.</param>
/// <param name="StateProbabilities">P(S_t | counts up to t), in the chain's state order.</param>
/// <param name="NextStateProbabilities">P(S_t+1 | counts up to t): one move of the chain on.</param>
/// <param name="NextExcitation">H_r(t + 1) per region from the observed daily counts.</param>
internal sealed record FilteredState(double LogLikelihood, double[] StateProbabilities, double[] NextStateProbabilities, double[] NextExcitation);
