namespace ScenarioSim.Calibration;

/// <summary>The scores of the forecast for one held-out row.</summary>
/// <param name="Row">The held-out observation.</param>
/// <param name="Mean">Mean of the simulated counts.</param>
/// <param name="P05">5% quantile (type 7); the 90% interval is [P05, P95].</param>
/// <param name="P25">25% quantile; the 50% interval is [P25, P75].</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75% quantile.</param>
/// <param name="P95">95% quantile.</param>
/// <param name="Crps">Sample continuous ranked probability score.</param>
/// <param name="Covered50">The observed count lies in the 50% interval.</param>
/// <param name="Covered90">The observed count lies in the 90% interval.</param>
/// <param name="IntervalScore50">Interval score of the 50% interval (α = 0.5).</param>
/// <param name="IntervalScore90">Interval score of the 90% interval (α = 0.1).</param>
/// <param name="Thresholds">Brier scores of the threshold events.</param>
internal sealed record BacktestRow(
    Observation Row, double Mean, double P05, double P25, double P50, double P75, double P95, double Crps,
    bool Covered50, bool Covered90, double IntervalScore50, double IntervalScore90, IReadOnlyList<ThresholdForecast> Thresholds);
