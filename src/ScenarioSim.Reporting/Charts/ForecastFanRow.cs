namespace ScenarioSim.Reporting.Charts;

/// <summary>One origin's forecast quantiles and the observed total, for a <see cref="ForecastFanChart"/>.</summary>
/// <param name="Label">The row's label (the window).</param>
/// <param name="P05">5% quantile.</param>
/// <param name="P25">25% quantile.</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75% quantile.</param>
/// <param name="P95">95% quantile.</param>
/// <param name="Observed">The observed total.</param>
internal sealed record ForecastFanRow(string Label, double P05, double P25, double P50, double P75, double P95, double Observed);
