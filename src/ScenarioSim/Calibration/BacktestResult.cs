namespace ScenarioSim.Calibration;

/// <summary>Forecasts scored against held-out observations.</summary>
/// <param name="Replications">Simulated replications per forecast.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Thresholds">The thresholds of the Brier-scored events <c>count ≥ k</c>.</param>
/// <param name="Rows">Scores per row, in file order.</param>
/// <param name="Summaries">Mean scores per series present, then over all rows.</param>
internal sealed record BacktestResult(
    int Replications, ulong Seed, IReadOnlyList<long> Thresholds, IReadOnlyList<BacktestRow> Rows, IReadOnlyList<BacktestSummary> Summaries);
