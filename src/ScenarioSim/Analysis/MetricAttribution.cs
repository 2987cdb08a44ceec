namespace ScenarioSim.Analysis;

/// <summary>How a metric's spread divides among the uncertain parameters, largest share first.</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Parameters">One row per uncertain parameter.</param>
public sealed record MetricAttribution(string Metric, IReadOnlyList<ParameterContribution> Parameters);
