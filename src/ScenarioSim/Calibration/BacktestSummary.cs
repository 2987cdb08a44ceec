namespace ScenarioSim.Calibration;

/// <summary>Mean scores over the held-out rows of one series (or of all rows).</summary>
/// <param name="Series"><c>militia_attacks</c>, <c>isis_attacks</c> or <c>all</c>.</param>
/// <param name="Rows">Rows scored.</param>
/// <param name="MeanCrps">Mean CRPS.</param>
/// <param name="Coverage50">Share of rows inside their 50% interval (nominal 0.5).</param>
/// <param name="Coverage90">Share of rows inside their 90% interval (nominal 0.9).</param>
/// <param name="MeanIntervalScore50">Mean interval score of the 50% intervals.</param>
/// <param name="MeanIntervalScore90">Mean interval score of the 90% intervals.</param>
/// <param name="MeanBrier">Mean Brier score per threshold.</param>
internal sealed record BacktestSummary(
    string Series, int Rows, double MeanCrps, double Coverage50, double Coverage90,
    double MeanIntervalScore50, double MeanIntervalScore90, IReadOnlyDictionary<long, double> MeanBrier);
