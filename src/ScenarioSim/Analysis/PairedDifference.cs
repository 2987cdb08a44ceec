namespace ScenarioSim.Analysis;

/// <summary>
/// The paired difference of one metric between a scenario and the reference (the first scenario of a
/// comparison), both run with the same seed so that replication <c>i</c> of each shares its random
/// streams component by component (common random numbers). The differences are
/// <c>d_i = scenario_i − reference_i</c> over the replications where both have a value.
/// </summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Pairs">Replications paired: those where both scenarios have a value.</param>
/// <param name="Unpaired">
/// Replications left out because one or both scenarios have no value there (only
/// <c>days_to_resurgence</c>, which has none without a resurgence).
/// </param>
/// <param name="Mean">Mean of the paired differences.</param>
/// <param name="Sd">Sample standard deviation of the differences (divisor n − 1); NaN below two pairs.</param>
/// <param name="Se">Standard error of the mean difference, <c>sd/√n</c>.</param>
/// <param name="Ci95Low">Lower end of the 95% interval <c>mean ± t(0.975, n−1) · se</c>.</param>
/// <param name="Ci95High">Upper end of that interval.</param>
/// <param name="VarianceIndependent">
/// <c>Var(reference) + Var(scenario)</c> over the paired replications: n times the variance the mean
/// difference would have if the two scenarios were run with independent streams.
/// </param>
/// <param name="VarianceDifference"><c>Var(scenario − reference)</c>: n times the variance of the mean difference under common random numbers.</param>
/// <param name="VarianceReduction">
/// <c>VarianceIndependent / VarianceDifference</c>: how many times more replications independent
/// sampling would need for the same precision. Below 1 when the pairs are negatively correlated;
/// +∞ when every difference is the same but the scenarios vary (for instance a metric the change
/// cannot reach); NaN when neither scenario varies or there are fewer than two pairs.
/// </param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PairedDifference(
    string Metric, long Pairs, long Unpaired, double Mean, double Sd, double Se, double Ci95Low, double Ci95High,
    double VarianceIndependent, double VarianceDifference, double VarianceReduction)
{
    /// <summary>The reference's mean over the paired replications, the denominator of <see cref="PercentChange"/>; NaN when not computed.</summary>
    public double ReferenceMean { get; init; } = double.NaN;

    /// <summary>
    /// The change relative to the reference, in percent: <c>100 · (mean(scenario) / mean(reference) − 1)</c>
    /// over the paired replications; NaN when the reference's mean is 0 (a change from nothing has no percentage).
    /// </summary>
    public double PercentChange { get; init; } = double.NaN;

    /// <summary>
    /// Lower end of the 95% interval of <see cref="PercentChange"/>: the ratio of paired means with its
    /// delta-method standard error <c>sd(scenario − R · reference) / (√n · |mean(reference)|)</c>, Student t.
    /// </summary>
    public double PercentChangeCi95Low { get; init; } = double.NaN;

    /// <summary>Upper end of the 95% interval of <see cref="PercentChange"/>.</summary>
    public double PercentChangeCi95High { get; init; } = double.NaN;
}
