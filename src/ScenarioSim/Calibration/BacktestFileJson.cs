using System.Text.Json.Serialization;

namespace ScenarioSim.Calibration;

/// <summary>
/// The in-sample back-test's <c>backtest.json</c> as written by <see cref="BacktestOutput"/> (nothing reads it
/// back). Names are the members' snake_case (<see cref="BacktestJsonContext"/>); a NaN number is written as <c>null</c>.
/// </summary>
/// <param name="Scenario">The scenario that made the forecasts.</param>
/// <param name="Data">The observed-events file, as given.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Replications">Replications behind each forecast.</param>
/// <param name="Seed">The seed.</param>
/// <param name="CrpsEstimator">How the CRPS is estimated, for a reader of the file.</param>
/// <param name="Thresholds">The count thresholds scored by Brier.</param>
/// <param name="Summary">Mean scores per series, then <c>all</c>.</param>
/// <param name="Rows">Each held-out row's forecast and scores.</param>
internal sealed record BacktestFileJson(
    ScenarioStamp Scenario,
    string Data,
    string Version,
    int Replications,
    ulong Seed,
    string CrpsEstimator,
    List<long> Thresholds,
    OrderedDictionary<string, BacktestSummaryJson> Summary,
    List<BacktestRowJson> Rows);

/// <summary>A series' mean scores (<see cref="BacktestSummary"/>); <paramref name="Brier"/> is keyed <c>ge_</c> and the threshold.</summary>
internal sealed record BacktestSummaryJson(
    int Rows,
    double Crps,
    [property: JsonPropertyName("coverage_50")] double Coverage50,
    [property: JsonPropertyName("coverage_90")] double Coverage90,
    [property: JsonPropertyName("interval_score_50")] double IntervalScore50,
    [property: JsonPropertyName("interval_score_90")] double IntervalScore90,
    OrderedDictionary<string, double> Brier);

/// <summary>One held-out row's forecast and scores (<see cref="BacktestRow"/>), after the row's own fields.</summary>
internal sealed record BacktestRowJson : ObservedRowJson
{
    /// <summary>The row's fields and <paramref name="row"/>'s forecast and scores.</summary>
    public BacktestRowJson(BacktestRow row)
        : base(row.Row)
    {
        Mean = row.Mean;
        P05 = row.P05;
        P25 = row.P25;
        P50 = row.P50;
        P75 = row.P75;
        P95 = row.P95;
        Crps = row.Crps;
        Covered50 = row.Covered50;
        Covered90 = row.Covered90;
        IntervalScore50 = row.IntervalScore50;
        IntervalScore90 = row.IntervalScore90;
        Thresholds = row.Thresholds;
    }

    /// <summary>The forecast's mean.</summary>
    public double Mean { get; }

    /// <summary>The forecast's 5% quantile.</summary>
    public double P05 { get; }

    /// <summary>The forecast's 25% quantile.</summary>
    public double P25 { get; }

    /// <summary>The forecast's median.</summary>
    public double P50 { get; }

    /// <summary>The forecast's 75% quantile.</summary>
    public double P75 { get; }

    /// <summary>The forecast's 95% quantile.</summary>
    public double P95 { get; }

    /// <summary>The sample CRPS.</summary>
    public double Crps { get; }

    /// <summary>The observed count lies in the 50% interval.</summary>
    [JsonPropertyName("covered_50")]
    public bool Covered50 { get; }

    /// <summary>The observed count lies in the 90% interval.</summary>
    [JsonPropertyName("covered_90")]
    public bool Covered90 { get; }

    /// <summary>The 50% interval's score.</summary>
    [JsonPropertyName("interval_score_50")]
    public double IntervalScore50 { get; }

    /// <summary>The 90% interval's score.</summary>
    [JsonPropertyName("interval_score_90")]
    public double IntervalScore90 { get; }

    /// <summary>Each threshold's forecast probability, outcome and Brier score, written as the records are.</summary>
    public IReadOnlyList<ThresholdForecast> Thresholds { get; }
}
