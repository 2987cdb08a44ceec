namespace ScenarioSim.Reporting;

/// <summary>The paired difference of one series' all-region total in one month (compare.json's <c>differences[].series</c>).</summary>
/// <param name="Series">The series' name, e.g. <c>militia_attacks</c>.</param>
/// <param name="Month">The month, <c>YYYY-MM</c>.</param>
/// <param name="Difference">The month's mean paired difference, its interval and percent change (<see cref="MetricDifference.Metric"/> is the series' name).</param>
public sealed record SeriesMonthDifference(string Series, string Month, MetricDifference Difference);
