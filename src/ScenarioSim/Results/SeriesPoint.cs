namespace ScenarioSim.Results;

/// <summary>Summary of one monthly series value over replications, e.g. militia attacks in Anbar in 2025-03.</summary>
/// <param name="Series">The series name (see <see cref="SeriesNames"/>).</param>
/// <param name="Region">A region id, or <see cref="SeriesNames.AllRegions"/>.</param>
/// <param name="Month">The calendar month as <c>YYYY-MM</c>.</param>
/// <param name="Statistics">Distribution over replications of the month's value.</param>
public sealed record SeriesPoint(string Series, string Region, string Month, SummaryStatistics Statistics);
