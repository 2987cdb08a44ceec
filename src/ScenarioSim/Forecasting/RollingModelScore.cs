namespace ScenarioSim.Forecasting;

/// <summary>One model's mean scores over a rolling back-test's origins, as its <c>backtest.json</c> holds them (<see cref="RollingBacktestFile.Summary"/>).</summary>
/// <param name="Crps">Mean CRPS (lower is better).</param>
/// <param name="Coverage50">Share of origins whose total lies in the 50% interval (nominal 0.5).</param>
/// <param name="Coverage90">Share of origins whose total lies in the 90% interval (nominal 0.9).</param>
/// <param name="IntervalScore90">Mean interval score of the 90% intervals (lower is better).</param>
/// <param name="Origins">Origins scored.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RollingModelScore(double Crps, double Coverage50, double Coverage90, double IntervalScore90, int Origins);
