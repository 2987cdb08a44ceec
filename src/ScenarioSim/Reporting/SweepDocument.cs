using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Reporting;

/// <summary>What the report uses of a sweep.json: the design and each metric's metamodel.</summary>
/// <param name="Design">The design's name.</param>
/// <param name="Points">The number of points.</param>
/// <param name="MaxAbsCorrelation">The largest absolute correlation between two factors over the points.</param>
/// <param name="Metamodels">One entry per metric with a fit: metric, R² and the coefficients with 95% intervals, ranked by size.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepDocument(string Design, int Points, double MaxAbsCorrelation, IReadOnlyList<(string Metric, double RSquared, IReadOnlyList<IntervalRow> Coefficients)> Metamodels);
