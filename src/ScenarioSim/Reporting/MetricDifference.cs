namespace ScenarioSim.Reporting;

/// <summary>The paired difference of one metric between a scenario and the baseline (an entry of compare.json).</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Mean">The mean paired difference, scenario minus baseline.</param>
/// <param name="Ci95Low">Lower end of its 95% confidence interval.</param>
/// <param name="Ci95High">Upper end of its 95% confidence interval.</param>
/// <param name="VarianceReduction">How much pairing on common random numbers reduced the variance of the difference; NaN when not given.</param>
public sealed record MetricDifference(string Metric, double Mean, double Ci95Low, double Ci95High, double VarianceReduction)
{
    /// <summary>The baseline's mean over the paired replications; NaN when the file does not give it.</summary>
    public double ReferenceMean { get; init; } = double.NaN;

    /// <summary>The change relative to the baseline, in percent; NaN when not given (older files) or undefined (baseline mean 0).</summary>
    public double PercentChange { get; init; } = double.NaN;

    /// <summary>Lower end of the percent change's 95% interval.</summary>
    public double PercentChangeCi95Low { get; init; } = double.NaN;

    /// <summary>Upper end of the percent change's 95% interval.</summary>
    public double PercentChangeCi95High { get; init; } = double.NaN;
}
