using System.Globalization;
using System.Text;
using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;

namespace ScenarioSim.Forecasting;

/// <summary>
/// Writes a rolling back-test's <c>backtest.json</c> (its records, <see cref="RollingBacktestFile"/>:
/// <c>summary.&lt;model&gt;.{crps, coverage50, coverage90, interval_score90}</c> and <c>origins</c>, one object per
/// origin) and <c>backtest.csv</c> (one row per origin and model) to a directory, all or nothing, with
/// ScenarioSim's deterministic JSON conventions.
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
        var options = result.Options;
        var summary = new OrderedDictionary<string, RollingModelScore>(StringComparer.Ordinal);
        foreach (var s in result.Summaries)
        {
            summary.Add(s.Model, new RollingModelScore(s.Crps, s.Coverage50, s.Coverage90, s.IntervalScore90, s.Origins));
        }

        var file = new RollingBacktestFile(
            ScenarioStamp.Of(scenario),
            data.File,
            LibraryVersion.Current,
            options.Replications,
            options.Seed,
            new RollingBacktestSettings(options.Every, options.Horizon, options.MinTrain ?? options.Horizon, [.. options.Refit.Select(p => p.Path)]),
            summary,
            [.. result.Origins.Select(ToJson)]);
        DeterministicJson.Serialize(stream, file, RollingBacktestJsonContext.Default.RollingBacktestFile);
    }

    private static RollingBacktestOrigin ToJson(RollingOrigin o) =>
        new(
            o.Origin,
            o.First,
            o.Last,
            o.Days,
            o.Observed,
            o.TrainingRows,
            o.Conditioning.LogLikelihood,
            new OrderedDictionary<string, double>(o.Conditioning.StateProbabilities, StringComparer.Ordinal),
            o.Conditioned,
            o.Unconditioned,
            o.NegbinConstant,
            o.Persistence);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
