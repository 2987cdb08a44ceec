namespace ScenarioSim.Reporting.Charts;

/// <summary>One month of a fan chart: the quantiles of the month's value over replications.</summary>
/// <param name="Month">The month.</param>
/// <param name="P05">5th percentile.</param>
/// <param name="P25">25th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75th percentile.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Mean">The mean, drawn as a dashed line when given (it carries rare events that leave every quantile at zero); NaN to leave it out.</param>
internal sealed record FanPoint(CalendarMonth Month, double P05, double P25, double P50, double P75, double P95, double Mean = double.NaN);
