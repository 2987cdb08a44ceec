using System.Globalization;
using System.Text;
using System.Text.Json;
using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;

namespace ScenarioSim.Forecasting;

/// <summary>
/// Writes a rolling back-test's <c>backtest.json</c> (<c>summary.&lt;model&gt;.{crps, coverage50, coverage90,
/// interval_score90}</c> and <c>origins</c>, one object per origin) and <c>backtest.csv</c> (one row per origin
/// and model) to a directory, all or nothing, with ScenarioSim's deterministic JSON conventions.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class RollingBacktestOutput
{
    /// <summary>Writes both files to <paramref name="directory"/> (created if missing).</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="scenario">The scenario that made the forecasts.</param>
    /// <param name="data">The observations.</param>
    /// <param name="result">The back-test.</param>
    public static void Write(string directory, Scenario scenario, ObservationSet data, RollingBacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(directory);
        AtomicFile.WriteSet(directory,
        [
            (BacktestOutput.JsonFileName, stream => WriteJson(stream, scenario, data, result)),
            (BacktestOutput.CsvFileName, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                WriteCsv(writer, result);
            }),
        ]);
    }

    /// <summary>Writes one CSV row per origin and model.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="result">The back-test.</param>
    internal static void WriteCsv(TextWriter writer, RollingBacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        CsvCell.WriteRow(writer, ["origin", "first", "last", "days", "observed", "model", "mean", "p05", "p25", "p50", "p75", "p95", "crps", "covered50", "covered90", "interval_score90", "pit"]);
        foreach (var o in result.Origins)
        {
            for (int m = 0; m < RollingOrigin.ModelNames.Count; m++)
            {
                var f = o.Forecasts[m];
                CsvCell.WriteRow(writer,
                [
                    Date(o.Origin), Date(o.First), Date(o.Last), CsvCell.Number(o.Days), CsvCell.Number(o.Observed), RollingOrigin.ModelNames[m],
                    CsvCell.Number(f.Mean), CsvCell.Number(f.P05), CsvCell.Number(f.P25), CsvCell.Number(f.P50), CsvCell.Number(f.P75), CsvCell.Number(f.P95),
                    CsvCell.Number(f.Crps), f.Covered50 ? "true" : "false", f.Covered90 ? "true" : "false", CsvCell.Number(f.IntervalScore90), CsvCell.Number(f.Pit),
                ]);
            }
        }
    }

    /// <summary>Writes <c>backtest.json</c> to <paramref name="stream"/>, which stays open.</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="scenario">The scenario that made the forecasts.</param>
    /// <param name="data">The observations.</param>
    /// <param name="result">The back-test.</param>
    internal static void WriteJson(Stream stream, Scenario scenario, ObservationSet data, RollingBacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(result);
        DeterministicJson.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("scenario");
            json.WriteString("name", scenario.Name);
            json.WriteString("sha256", ScenarioFingerprint.Sha256(scenario));
            json.WriteEndObject();
            json.WriteString("data", data.File);
            json.WriteString("version", LibraryVersion.Current);
            json.WriteNumber("replications", result.Options.Replications);
            json.WriteNumber("seed", result.Options.Seed);
            json.WriteStartObject("rolling");
            json.WriteNumber("every", result.Options.Every);
            json.WriteNumber("horizon", result.Options.Horizon);
            json.WriteNumber("min_train", result.Options.MinTrain ?? result.Options.Horizon);
            json.WriteStartArray("refit");
            foreach (var p in result.Options.Refit)
            {
                json.WriteStringValue(p.Path);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("summary");
            foreach (var s in result.Summaries)
            {
                json.WriteStartObject(s.Model);
                DeterministicJson.Number(json, "crps", s.Crps);
                DeterministicJson.Number(json, "coverage50", s.Coverage50);
                DeterministicJson.Number(json, "coverage90", s.Coverage90);
                DeterministicJson.Number(json, "interval_score90", s.IntervalScore90);
                json.WriteNumber("origins", s.Origins);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartArray("origins");
            foreach (var o in result.Origins)
            {
                WriteOrigin(json, o);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteOrigin(Utf8JsonWriter json, RollingOrigin o)
    {
        json.WriteStartObject();
        json.WriteString("origin", Date(o.Origin));
        json.WriteString("first", Date(o.First));
        json.WriteString("last", Date(o.Last));
        json.WriteNumber("days", o.Days);
        json.WriteNumber("observed", o.Observed);
        json.WriteNumber("training_rows", o.TrainingRows);
        DeterministicJson.Number(json, "log_likelihood", o.Conditioning.LogLikelihood);
        json.WriteStartObject("state_probabilities");
        foreach (var (state, p) in o.Conditioning.StateProbabilities)
        {
            DeterministicJson.Number(json, state, p);
        }

        json.WriteEndObject();
        for (int m = 0; m < RollingOrigin.ModelNames.Count; m++)
        {
            var f = o.Forecasts[m];
            json.WriteStartObject(RollingOrigin.ModelNames[m]);
            DeterministicJson.Number(json, "mean", f.Mean);
            DeterministicJson.Number(json, "p05", f.P05);
            DeterministicJson.Number(json, "p25", f.P25);
            DeterministicJson.Number(json, "p50", f.P50);
            DeterministicJson.Number(json, "p75", f.P75);
            DeterministicJson.Number(json, "p95", f.P95);
            DeterministicJson.Number(json, "crps", f.Crps);
            json.WriteBoolean("covered50", f.Covered50);
            json.WriteBoolean("covered90", f.Covered90);
            DeterministicJson.Number(json, "interval_score90", f.IntervalScore90);
            DeterministicJson.Number(json, "pit", f.Pit);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
