using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// Scores a scenario's forecasts against held-out observations. Each row's forecast is the
/// distribution of its simulated count over replications <c>0 … N−1</c> (unconditional: the
/// simulation runs from the scenario's start and does not see earlier observations).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Backtest
{
    /// <summary>The thresholds used when none are given: any event, and ten or more.</summary>
    public static readonly IReadOnlyList<long> DefaultThresholds = [1, 10];

    /// <summary>Simulates and scores every row of <paramref name="data"/>.</summary>
    /// <param name="scenario">The scenario that makes the forecasts.</param>
    /// <param name="data">The held-out observations.</param>
    /// <param name="replications">Replications per forecast.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="thresholds">Thresholds k of the events <c>count ≥ k</c>; <see langword="null"/> uses <see cref="DefaultThresholds"/>.</param>
    /// <param name="cancellationToken">Stops the simulation.</param>
    /// <returns>The scores.</returns>
    public static BacktestResult Run(
        Scenario scenario, ObservationSet data, int replications, ulong seed, IReadOnlyList<long>? thresholds = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        thresholds = (thresholds ?? DefaultThresholds).Distinct().Order().ToArray();
        var samples = ObservationSampler.Sample(scenario, data.Rows, replications, seed, cancellationToken);
        var rows = data.Rows.Select((row, j) => Score(row, samples[j], thresholds)).ToArray();
        var summaries = rows.GroupBy(r => r.Row.Series).OrderBy(g => g.Key)
            .Select(g => Summarise(ObservationFile.SeriesName(g.Key), g.ToArray(), thresholds)).ToList();
        summaries.Add(Summarise("all", rows, thresholds));
        return new BacktestResult(replications, seed, thresholds, rows, summaries);
    }

    private static BacktestRow Score(Observation row, long[] sample, IReadOnlyList<long> thresholds)
    {
        var sorted = sample.Select(x => (double)x).Order().ToArray();
        double y = row.Count;
        double q05 = ForecastScores.Quantile(sorted, 0.05);
        double q25 = ForecastScores.Quantile(sorted, 0.25);
        double q75 = ForecastScores.Quantile(sorted, 0.75);
        double q95 = ForecastScores.Quantile(sorted, 0.95);
        var events = thresholds.Select(k =>
        {
            double p = sample.Count(x => x >= k) / (double)sample.Length;
            bool occurred = row.Count >= k;
            return new ThresholdForecast(k, p, occurred, ForecastScores.Brier(p, occurred));
        }).ToArray();
        return new BacktestRow(
            row, sorted.Average(), q05, q25, ForecastScores.Quantile(sorted, 0.5), q75, q95,
            ForecastScores.Crps(sorted, y),
            y >= q25 && y <= q75,
            y >= q05 && y <= q95,
            ForecastScores.IntervalScore(q25, q75, y, 0.5),
            ForecastScores.IntervalScore(q05, q95, y, 0.1),
            events);
    }

    private static BacktestSummary Summarise(string series, IReadOnlyList<BacktestRow> rows, IReadOnlyList<long> thresholds) => new(
        series,
        rows.Count,
        rows.Average(r => r.Crps),
        rows.Average(r => r.Covered50 ? 1.0 : 0.0),
        rows.Average(r => r.Covered90 ? 1.0 : 0.0),
        rows.Average(r => r.IntervalScore50),
        rows.Average(r => r.IntervalScore90),
        thresholds.Select((k, i) => (k, rows.Average(r => r.Thresholds[i].Brier))).ToDictionary(x => x.k, x => x.Item2));
}
