using System.Text;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>Writes a backtest's <c>backtest.json</c> and <c>backtest.csv</c> to a directory, all or nothing.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class BacktestOutput
{
    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "backtest.json";

    /// <summary>The CSV file's name.</summary>
    public const string CsvFileName = "backtest.csv";

    private const string CrpsEstimator = "sample: mean|x_i - y| - (1/2N^2) sum_ij |x_i - x_j|";

    /// <summary>Writes both files to <paramref name="directory"/> (created if missing).</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="scenario">The scenario that made the forecasts.</param>
    /// <param name="data">The held-out observations.</param>
    /// <param name="result">The scores.</param>
    public static void Write(string directory, Scenario scenario, ObservationSet data, BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(directory);
        AtomicFile.WriteSet(directory,
        [
            (JsonFileName, stream => WriteJson(stream, scenario, data, result)),
            (CsvFileName, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                WriteCsv(writer, result);
            }),
        ]);
    }

    /// <summary>Writes one CSV row per held-out row.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="result">The scores.</param>
    public static void WriteCsv(TextWriter writer, BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var header = new List<string>(ObservationColumns.Header) { "mean", "p05", "p25", "p50", "p75", "p95", "crps", "covered_50", "covered_90", "interval_score_50", "interval_score_90" };
        header.AddRange(result.Thresholds.Select(k => $"p_ge_{k}"));
        header.AddRange(result.Thresholds.Select(k => $"brier_ge_{k}"));
        CsvCell.WriteRow(writer, header.ToArray());
        foreach (var r in result.Rows)
        {
            CsvCell.WriteRow(
                writer,
                [
                    .. ObservationColumns.Cells(r.Row), CsvCell.Number(r.Mean), CsvCell.Number(r.P05), CsvCell.Number(r.P25), CsvCell.Number(r.P50),
                    CsvCell.Number(r.P75), CsvCell.Number(r.P95), CsvCell.Number(r.Crps), r.Covered50 ? "true" : "false", r.Covered90 ? "true" : "false",
                    CsvCell.Number(r.IntervalScore50), CsvCell.Number(r.IntervalScore90),
                    .. r.Thresholds.Select(t => CsvCell.Number(t.Probability)),
                    .. r.Thresholds.Select(t => CsvCell.Number(t.Brier)),
                ]);
        }
    }

    private static void WriteJson(Stream stream, Scenario scenario, ObservationSet data, BacktestResult result)
    {
        var summary = new OrderedDictionary<string, BacktestSummaryJson>(StringComparer.Ordinal);
        foreach (var s in result.Summaries)
        {
            var brier = new OrderedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var (k, v) in s.MeanBrier)
            {
                brier.Add($"ge_{k}", v);
            }

            summary.Add(s.Series, new BacktestSummaryJson(s.Rows, s.MeanCrps, s.Coverage50, s.Coverage90, s.MeanIntervalScore50, s.MeanIntervalScore90, brier));
        }

        var file = new BacktestFileJson(
            ScenarioStamp.Of(scenario),
            data.File,
            LibraryVersion.Current,
            result.Replications,
            result.Seed,
            CrpsEstimator,
            [.. result.Thresholds],
            summary,
            [.. result.Rows.Select(r => new BacktestRowJson(r))]);
        CalibrationJsonLayout.Serialize(stream, file, BacktestJsonContext.Default.BacktestFileJson);
    }
}
