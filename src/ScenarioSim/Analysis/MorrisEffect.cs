namespace ScenarioSim.Analysis;

/// <summary>
/// One parameter's Morris elementary-effect statistics. An elementary effect is the change in the
/// output when the parameter alone moves by Δ, divided by Δ, with Δ measured as a share of the
/// parameter's range: for a linear model it is the output's change across the whole range.
/// </summary>
/// <param name="Parameter">The parameter's override path.</param>
/// <param name="MuStar">μ*, the mean absolute elementary effect (Campolongo, Cariboni and Saltelli, 2007): overall importance.</param>
/// <param name="MuStarCi95Low">Lower end of the bootstrap 95% percentile interval of μ* (trajectories resampled).</param>
/// <param name="MuStarCi95High">Upper end of that interval.</param>
/// <param name="Mu">μ, the mean elementary effect: its sign tells the direction when effects do not cancel.</param>
/// <param name="Sigma">σ, the standard deviation of the elementary effects (divisor r − 1): non-linearity or interactions.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MorrisEffect(string Parameter, double MuStar, double MuStarCi95Low, double MuStarCi95High, double Mu, double Sigma);
