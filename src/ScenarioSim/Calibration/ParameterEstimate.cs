namespace ScenarioSim.Calibration;

/// <summary>A fitted parameter: the estimate, its standard error and a 95% interval.</summary>
/// <param name="Path">The parameter's path, e.g. <c>regions.syria.militia.base_rate</c>.</param>
/// <param name="Estimate">The point estimate (maximum likelihood or simulated moments).</param>
/// <param name="Se">Standard error by the delta method from the numerical Hessian (or the sandwich for moments); NaN when the information matrix is singular.</param>
/// <param name="Ci95Low">Lower end of the 95% interval; the lower bound when the interval reaches it.</param>
/// <param name="Ci95High">Upper end of the 95% interval; positive infinity when it is unbounded.</param>
/// <param name="IntervalMethod"><c>profile</c> (profile likelihood), <c>wald-transformed</c> (Wald on the optimiser's scale, mapped back) or <see cref="Excluded"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ParameterEstimate(string Path, double Estimate, double Se, double Ci95Low, double Ci95High, string IntervalMethod)
{
    /// <summary>The interval method of a parameter the chosen model does not have (a Hawkes parameter when AIC chose no self-excitation): no standard error or interval.</summary>
    public const string Excluded = "excluded";
}
