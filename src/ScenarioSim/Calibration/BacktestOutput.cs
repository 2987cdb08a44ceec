using System.Text;
using System.Text.Json;
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
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("scenario");
        json.WriteString("name", scenario.Name);
        json.WriteString("sha256", ScenarioFingerprint.Sha256(scenario));
        json.WriteEndObject();
        json.WriteString("data", data.File);
        json.WriteString("version", LibraryVersion.Current);
        json.WriteNumber("replications", result.Replications);
        json.WriteNumber("seed", result.Seed);
        json.WriteString("crps_estimator", "sample: mean|x_i - y| - (1/2N^2) sum_ij |x_i - x_j|");
        json.WriteStartArray("thresholds");
        foreach (long k in result.Thresholds)
        {
            json.WriteNumberValue(k);
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        foreach (var s in result.Summaries)
        {
            json.WriteStartObject(s.Series);
            json.WriteNumber("rows", s.Rows);
            DeterministicJson.Number(json, "crps", s.MeanCrps);
            DeterministicJson.Number(json, "coverage_50", s.Coverage50);
            DeterministicJson.Number(json, "coverage_90", s.Coverage90);
            DeterministicJson.Number(json, "interval_score_50", s.MeanIntervalScore50);
            DeterministicJson.Number(json, "interval_score_90", s.MeanIntervalScore90);
            json.WriteStartObject("brier");
            foreach (var (k, v) in s.MeanBrier)
            {
                DeterministicJson.Number(json, $"ge_{k}", v);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("rows");
        foreach (var r in result.Rows)
        {
            json.WriteStartObject();
            ObservationColumns.Write(json, r.Row);
            DeterministicJson.Number(json, "mean", r.Mean);
            DeterministicJson.Number(json, "p05", r.P05);
            DeterministicJson.Number(json, "p25", r.P25);
            DeterministicJson.Number(json, "p50", r.P50);
            DeterministicJson.Number(json, "p75", r.P75);
            DeterministicJson.Number(json, "p95", r.P95);
            DeterministicJson.Number(json, "crps", r.Crps);
            json.WriteBoolean("covered_50", r.Covered50);
            json.WriteBoolean("covered_90", r.Covered90);
            DeterministicJson.Number(json, "interval_score_50", r.IntervalScore50);
            DeterministicJson.Number(json, "interval_score_90", r.IntervalScore90);
            json.WriteStartArray("thresholds");
            foreach (var t in r.Thresholds)
            {
                json.WriteStartObject();
                json.WriteNumber("threshold", t.Threshold);
                DeterministicJson.Number(json, "probability", t.Probability);
                json.WriteBoolean("occurred", t.Occurred);
                DeterministicJson.Number(json, "brier", t.Brier);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
