namespace ScenarioSim.Reporting;

/// <summary>Morris elementary-effect statistics of one parameter (an entry of a Morris sensitivity.json's <c>indices</c>).</summary>
/// <param name="Parameter">The parameter's path, e.g. <c>regions.anbar.militia.base_rate</c>.</param>
/// <param name="MuStar">μ*: the mean absolute elementary effect over the parameter's whole range, in the metric's units.</param>
/// <param name="MuStarLow">Lower end of μ*'s 95% bootstrap interval.</param>
/// <param name="MuStarHigh">Upper end of μ*'s 95% bootstrap interval.</param>
/// <param name="Mu">μ: the mean signed elementary effect.</param>
/// <param name="Sigma">σ: the standard deviation of the elementary effects (non-linearity and interactions).</param>
public sealed record MorrisIndex(string Parameter, double MuStar, double MuStarLow, double MuStarHigh, double Mu, double Sigma);
