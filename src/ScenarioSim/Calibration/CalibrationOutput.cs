using System.Text;
using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Yaml;

namespace ScenarioSim.Calibration;

/// <summary>
/// Writes a calibration's files to a directory, all or nothing: <c>calibration.json</c> (estimates,
/// intervals, likelihood, AIC, model comparison, predictive checks), <c>fitted.yaml</c> (an override file
/// for <c>--set-file</c>), <c>fitted-uncertain.yaml</c> (the same parameters as uncertain parameters) and
/// <c>fit.csv</c> (observed against simulated, one row per observation).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CalibrationOutput
{
    /// <summary>The JSON report's file name.</summary>
    public const string ReportFileName = "calibration.json";

    /// <summary>The override file's name.</summary>
    public const string FittedFileName = "fitted.yaml";

    /// <summary>The override file with the estimates' sampling distributions.</summary>
    public const string FittedUncertainFileName = "fitted-uncertain.yaml";

    /// <summary>The goodness-of-fit table's file name.</summary>
    public const string FitTableFileName = "fit.csv";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true };

    /// <summary>Writes the four files to <paramref name="directory"/> (created if missing).</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="report">The calibration.</param>
    /// <param name="commandLine">The command that produced it, recorded in <c>fitted.yaml</c>.</param>
    public static void Write(string directory, CalibrationReport report, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(report);
        AtomicFile.WriteSet(
            directory,
            [
                (ReportFileName, stream => WriteJson(stream, report)),
                (FittedFileName, stream => WriteText(stream, w => WriteFitted(w, report, commandLine))),
                (FittedUncertainFileName, stream => WriteText(stream, w => WriteFittedUncertain(w, report, commandLine))),
                (FitTableFileName, stream => WriteText(stream, w => WriteFitTable(w, report.Checks))),
            ]);
    }

    /// <summary>The JSON report as a string.</summary>
    /// <param name="report">The calibration.</param>
    /// <returns>The JSON text.</returns>
    public static string ToJson(CalibrationReport report)
    {
        using var stream = new MemoryStream();
        WriteJson(stream, report);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the fitted values as an override file, with a header saying where they came from.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="report">The calibration.</param>
    /// <param name="commandLine">The command that produced it.</param>
    public static void WriteFitted(TextWriter writer, CalibrationReport report, string commandLine)
    {
        var comments = Provenance(report, commandLine);
        comments.Add("Apply with: scenariosim run SCENARIO.yaml --set-file THIS_FILE (estimates and 95% intervals in calibration.json).");
        OverrideFile.Write(writer, report.Overrides, comments);
    }

    /// <summary>
    /// Writes the estimates' sampling distributions (<see cref="FittedUncertainty"/>) as an override file:
    /// a distribution per parameter, the point estimate for those without one, and the rank correlations.
    /// </summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="report">The calibration.</param>
    /// <param name="commandLine">The command that produced it.</param>
    public static void WriteFittedUncertain(TextWriter writer, CalibrationReport report, string commandLine)
    {
        var uncertainty = FittedUncertainty.From(report);
        var comments = Provenance(report, commandLine);
        comments.Add("Each parameter is drawn per replication from its sampling distribution: normal on the fit's scale (log: a lognormal;");
        comments.Add("logit or a positive lower bound: the beta with the same range, mean and variance), rank-correlated as the fit's covariance says.");
        if (uncertainty.Fixed.Count > 0)
        {
            comments.Add("Without a sampling distribution (on a bound, excluded, or not identified), kept at the estimate: " + string.Join(", ", uncertainty.Fixed.Select(f => f.Path)) + ".");
        }

        comments.Add("Apply with: scenariosim run SCENARIO.yaml --set-file THIS_FILE");
        var file = new OverrideFileWriter(writer, comments);
        foreach (var parameter in uncertainty.Parameters)
        {
            file.Distribution(parameter.Path, parameter.Distribution);
        }

        foreach (var (path, value) in uncertainty.Fixed)
        {
            file.Number(path, value);
        }

        file.Correlations(uncertainty.Correlations);
        file.Finish();
    }

    private static List<string> Provenance(CalibrationReport report, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(report);
        var comments = new List<string>
        {
            "Fitted by: " + commandLine,
            $"Scenario: {report.Scenario.Name}; data: {Path.GetFileName(report.Data.File)} ({report.Data.Rows.Count} rows).",
        };
        if (report.Militia is { } m)
        {
            comments.Add(FormattableString.Invariant($"Militia: {ModelName(m.Observation)} counts, excitation {m.Excitation}, log-likelihood {m.LogLikelihood:0.###}, AIC {m.Aic:0.###}."));
        }

        if (report.Isis is { } i)
        {
            comments.Add(FormattableString.Invariant($"ISIS: simulated moments, {i.Replications} replications, seed {i.Seed}, criterion {i.Objective:0.###}."));
        }

        return comments;
    }

    /// <summary>Writes the predictive checks as CSV.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="checks">The checks.</param>
    public static void WriteFitTable(TextWriter writer, IReadOnlyList<PredictiveCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(checks);
        CsvCell.WriteRow(writer, [.. ObservationColumns.Header, "mean", "p05", "p50", "p95", "upper_tail", "pearson", "in_interval_90"]);
        foreach (var c in checks)
        {
            CsvCell.WriteRow(
                writer,
                [
                    .. ObservationColumns.Cells(c.Row),
                    CsvCell.Number(c.Mean),
                    CsvCell.Number(c.P05),
                    CsvCell.Number(c.P50),
                    CsvCell.Number(c.P95),
                    CsvCell.Number(c.UpperTail),
                    CsvCell.Number(c.Pearson),
                    c.InInterval90 ? "true" : "false",
                ]);
        }
    }

    /// <summary>The observation model's name in outputs: <c>poisson</c> or <c>negbin</c>.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The name.</returns>
    public static string ModelName(ObservationModel model) => model == ObservationModel.Poisson ? "poisson" : "negbin";

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }

    private static void WriteJson(Stream stream, CalibrationReport report)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteStartObject("scenario");
        json.WriteString("name", report.Scenario.Name);
        json.WriteString("sha256", ScenarioFingerprint.Sha256(report.Scenario));
        json.WriteEndObject();
        json.WriteStartObject("data");
        json.WriteString("file", report.Data.File);
        json.WriteNumber("rows", report.Data.Rows.Count);
        json.WriteNumber("militia_rows", report.Data.Of(ObservedSeries.MilitiaAttacks).Count);
        json.WriteNumber("isis_rows", report.Data.Of(ObservedSeries.IsisAttacks).Count);
        json.WriteEndObject();
        json.WriteString("version", LibraryVersion.Current);

        json.WriteStartObject("parameters");
        foreach (var p in report.Parameters)
        {
            var e = report.Estimates.First(x => x.Path == p.Path);
            json.WriteStartObject(p.Path);
            WriteEstimate(json, e);
            json.WriteString("method", p.Component == FitComponent.Militia ? "maximum_likelihood" : "simulated_moments");
            DeterministicJson.Number(json, "lower_bound", p.Lower);
            DeterministicJson.Number(json, "upper_bound", p.Upper);
            json.WriteEndObject();
        }

        json.WriteEndObject();

        if (report.Militia is { } m)
        {
            json.WriteStartObject("observation_model");
            json.WriteString("name", ModelName(m.Observation));
            if (m.NegativeBinomialSize is { } size)
            {
                json.WriteStartObject("negative_binomial_size");
                WriteEstimate(json, size);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteString("excitation", m.Excitation);
            DeterministicJson.Number(json, "log_likelihood", m.LogLikelihood);
            json.WriteNumber("parameter_count", m.ParameterCount);
            DeterministicJson.Number(json, "aic", m.Aic);
            json.WriteNumber("militia_rows", m.Rows);
            json.WriteStartArray("models");
            foreach (var c in m.Models)
            {
                json.WriteStartObject();
                json.WriteString("excitation", c.Excitation);
                json.WriteString("observation", ModelName(c.Observation));
                DeterministicJson.Number(json, "log_likelihood", c.LogLikelihood);
                json.WriteNumber("parameter_count", c.ParameterCount);
                DeterministicJson.Number(json, "aic", c.Aic);
                json.WriteBoolean("chosen", c.Chosen);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("observation_model");
            json.WriteNull("log_likelihood");
            json.WriteNull("aic");
        }

        if (report.Isis is { } i)
        {
            json.WriteStartObject("isis");
            json.WriteString("method", "simulated_moments");
            DeterministicJson.Number(json, "objective", i.Objective);
            json.WriteNumber("rows", i.Rows);
            json.WriteNumber("replications", i.Replications);
            json.WriteNumber("seed", i.Seed);
            json.WriteEndObject();
        }

        WriteGoodnessOfFit(json, report);

        json.WriteStartArray("warnings");
        foreach (string w in (report.Militia?.Warnings ?? []).Concat(report.Isis?.Warnings ?? []))
        {
            json.WriteStringValue(w);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGoodnessOfFit(Utf8JsonWriter json, CalibrationReport report)
    {
        var checks = report.Checks;
        json.WriteStartObject("goodness_of_fit");
        json.WriteNumber("replications", report.Replications);
        json.WriteNumber("seed", report.Seed);
        json.WriteNumber("rows", checks.Count);
        json.WriteNumber("in_interval_90", checks.Count(c => c.InInterval90));
        DeterministicJson.Number(json, "pearson_chi2", checks.Where(c => double.IsFinite(c.Pearson)).Sum(c => c.Pearson));
        json.WriteStartArray("checks");
        foreach (var c in checks)
        {
            json.WriteStartObject();
            ObservationColumns.Write(json, c.Row);
            DeterministicJson.Number(json, "mean", c.Mean);
            DeterministicJson.Number(json, "p05", c.P05);
            DeterministicJson.Number(json, "p50", c.P50);
            DeterministicJson.Number(json, "p95", c.P95);
            DeterministicJson.Number(json, "upper_tail", c.UpperTail);
            DeterministicJson.Number(json, "pearson", c.Pearson);
            json.WriteBoolean("in_interval_90", c.InInterval90);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEstimate(Utf8JsonWriter json, ParameterEstimate e)
    {
        DeterministicJson.Number(json, "estimate", e.Estimate);
        DeterministicJson.Number(json, "se", e.Se);
        DeterministicJson.Number(json, "ci95_low", e.Ci95Low);
        DeterministicJson.Number(json, "ci95_high", e.Ci95High);
        json.WriteString("interval", e.IntervalMethod);
    }
}
