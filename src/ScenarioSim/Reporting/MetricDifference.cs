namespace ScenarioSim.Reporting;

/// <summary>The paired difference of one metric between a scenario and the baseline (an entry of compare.json).</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Mean">The mean paired difference, scenario minus baseline.</param>
/// <param name="Ci95Low">Lower end of its 95% confidence interval.</param>
/// <param name="Ci95High">Upper end of its 95% confidence interval.</param>
/// <param name="VarianceReduction">How much pairing on common random numbers reduced the variance of the difference; NaN when not given.</param>
public sealed record MetricDifference(string Metric, double Mean, double Ci95Low, double Ci95High, double VarianceReduction);
