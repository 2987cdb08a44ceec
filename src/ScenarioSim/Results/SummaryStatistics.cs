namespace ScenarioSim.Results;

/// <summary>
/// Summary of a sample of replication values. Quantiles use linear interpolation between order
/// statistics (Hyndman and Fan type 7, the default of R and NumPy). With no values every field is NaN.
/// </summary>
/// <param name="Count">Number of values summarised.</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="Sd">Sample standard deviation (n − 1 denominator); NaN below two values.</param>
/// <param name="Se">Monte Carlo standard error of the mean, <c>sd/√n</c>.</param>
/// <param name="P05">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
public sealed record SummaryStatistics(
    long Count, double Mean, double Sd, double Se,
    double P05, double P25, double P50, double P75, double P95,
    double Min, double Max);
