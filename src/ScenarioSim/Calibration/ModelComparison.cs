namespace ScenarioSim.Calibration;

/// <summary>One candidate model's fit, for comparison by AIC.</summary>
/// <param name="Excitation"><c>hawkes</c> or <c>none</c> (plain Poisson intensity).</param>
/// <param name="Observation">The count distribution.</param>
/// <param name="LogLikelihood">The maximised log-likelihood.</param>
/// <param name="ParameterCount">Fitted parameters, including the negative-binomial size.</param>
/// <param name="Aic">Akaike's information criterion, <c>2k − 2ℓ</c>; lower is better.</param>
/// <param name="Chosen">True for the model whose estimates are reported.</param>
internal sealed record ModelComparison(string Excitation, ObservationModel Observation, double LogLikelihood, int ParameterCount, double Aic, bool Chosen);
