using System.Text;
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

    private static void WriteJson(Stream stream, CalibrationReport report) =>
        CalibrationJsonLayout.Serialize(stream, ToFile(report), CalibrationJsonContext.Default.CalibrationFileJson);

    private static CalibrationFileJson ToFile(CalibrationReport report)
    {
        var parameters = new OrderedDictionary<string, EstimateJson>(StringComparer.Ordinal);
        foreach (var p in report.Parameters)
        {
            var e = report.Estimates.First(x => x.Path == p.Path);
            parameters.Add(p.Path, ToJson(e) with
            {
                Method = p.Component == FitComponent.Militia ? "maximum_likelihood" : "simulated_moments",
                LowerBound = p.Lower,
                UpperBound = p.Upper,
            });
        }

        var checks = report.Checks;
        var goodnessOfFit = new GoodnessOfFitJson(
            report.Replications,
            report.Seed,
            checks.Count,
            checks.Count(c => c.InInterval90),
            checks.Where(c => double.IsFinite(c.Pearson)).Sum(c => c.Pearson),
            [.. checks.Select(c => new PredictiveCheckJson(c))]);
        var m = report.Militia;
        return new CalibrationFileJson(
            ScenarioStamp.Of(report.Scenario),
            new CalibrationDataJson(
                report.Data.File,
                report.Data.Rows.Count,
                report.Data.Of(ObservedSeries.MilitiaAttacks).Count,
                report.Data.Of(ObservedSeries.IsisAttacks).Count),
            LibraryVersion.Current,
            parameters,
            m is null ? null : new ObservationModelJson(ModelName(m.Observation), m.NegativeBinomialSize is { } size ? ToJson(size) : null),
            m?.Excitation,
            m?.LogLikelihood ?? double.NaN,
            m?.ParameterCount,
            m?.Aic ?? double.NaN,
            m?.Rows,
            m is null ? null : [.. m.Models.Select(c => new ModelComparisonJson(c.Excitation, ModelName(c.Observation), c.LogLikelihood, c.ParameterCount, c.Aic, c.Chosen))],
            report.Isis is { } i ? new IsisFitJson("simulated_moments", i.Objective, i.Rows, i.Replications, i.Seed) : null,
            goodnessOfFit,
            [.. (m?.Warnings ?? []).Concat(report.Isis?.Warnings ?? [])]);
    }

    private static EstimateJson ToJson(ParameterEstimate e) => new(e.Estimate, e.Se, e.Ci95Low, e.Ci95High, e.IntervalMethod);
}
