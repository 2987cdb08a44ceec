namespace ScenarioSim.Model;

/// <summary>An exceedance question, <c>P(Metric ≥ AtLeast)</c>.</summary>
/// <param name="Metric">A scalar metric name from <see cref="ScenarioSim.Results.MetricNames"/>.</param>
/// <param name="AtLeast">The threshold.</param>
public sealed record MetricThreshold(string Metric, double AtLeast);
