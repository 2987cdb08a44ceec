using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>The per-scenario summary a compare.json may carry: metric summaries and, if present, monthly series.</summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Metrics">Metric summaries; statistics the file lacks are NaN.</param>
/// <param name="Series">Monthly series points; empty when the file has none.</param>
public sealed record ComparedScenario(string Name, IReadOnlyList<MetricSummary> Metrics, IReadOnlyList<SeriesPoint> Series);
