namespace ScenarioSim.Model;

/// <summary>Report settings (the YAML <c>report:</c> block).</summary>
public sealed record ReportSettings
{
    /// <summary>Exceedance probabilities to report, <c>P(metric ≥ value)</c>.</summary>
    public IReadOnlyList<MetricThreshold> Thresholds { get; init; } = [];
}
