using System.Text.Json;
using ScenarioSim.Analysis;
using ScenarioSim.Output;

namespace ScenarioSim.Reporting;

/// <summary>
/// Finds the files a report is made from and renders them into one page: a directory's
/// <c>summary.json</c>, <c>compare.json</c>, <c>sensitivity.json</c>, (rolling) <c>backtest.json</c> and <c>sweep.json</c>, in that order, or a single
/// file named on the command line (recognised by name, else by content). A <c>summary.json</c> brings
/// the <c>uncertainty.csv</c> beside it, when there is one.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ReportSources
{
    /// <summary>The comparison's file name.</summary>
    public const string CompareFileName = "compare.json";

    /// <summary>The sensitivity analysis's file name.</summary>
    public const string SensitivityFileName = "sensitivity.json";

    /// <summary>A rolling back-test's file name.</summary>
    public const string BacktestFileName = "backtest.json";

    /// <summary>The report's file name when none is given.</summary>
    public const string DefaultFileName = "report.html";

    /// <summary>The report inputs at <paramref name="path"/>, a directory or a file.</summary>
    /// <param name="path">A run directory or one JSON file.</param>
    /// <returns>The inputs found, summary first; empty when there are none.</returns>
    /// <exception cref="FormatException">A named file is not JSON of a known kind.</exception>
    public static IReadOnlyList<ReportSource> Find(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return new[]
            {
                WithUncertainty(new ReportSource(ReportSourceKind.Summary, Path.Combine(path, RunOutput.SummaryFileName))),
                new ReportSource(ReportSourceKind.Compare, Path.Combine(path, CompareFileName)),
                new ReportSource(ReportSourceKind.Sensitivity, Path.Combine(path, SensitivityFileName)),
                new ReportSource(ReportSourceKind.Backtest, Path.Combine(path, BacktestFileName)),
                new ReportSource(ReportSourceKind.Sweep, Path.Combine(path, SweepOutput.JsonFileName)),
            }.Where(s => File.Exists(s.Path)).ToList();
        }

        return [WithUncertainty(new ReportSource(KindOf(path), path))];
    }

    /// <summary>Reads <paramref name="sources"/> and renders them into one page.</summary>
    /// <param name="sources">The inputs, as <see cref="Find"/> returns them.</param>
    /// <param name="generatedOn">The date the report is made.</param>
    /// <returns>The page.</returns>
    /// <exception cref="FormatException">A file is not valid for its kind, or an <c>uncertainty.csv</c> is malformed.</exception>
    public static HtmlDocument Render(IReadOnlyList<ReportSource> sources, DateOnly generatedOn)
    {
        ArgumentNullException.ThrowIfNull(sources);
        HtmlDocument? document = null;
        foreach (var source in sources)
        {
            switch (source.Kind)
            {
                case ReportSourceKind.Summary:
                    SummaryDocument summary;
                    using (var stream = File.OpenRead(source.Path))
                    {
                        summary = SummaryJson.Read(stream);
                    }

                    var attribution = source.UncertaintyPath is { } uncertainty ? UncertaintyCsv.ReadFile(uncertainty) : [];
                    var scenario = ScenarioBeside(source.Path, summary.ScenarioSha256);
                    if (document is null)
                    {
                        document = RunReport.ToDocument(summary, generatedOn, attribution, scenario);
                    }
                    else
                    {
                        RunReport.AppendTo(document, summary, attribution, scenario);
                    }

                    break;
                case ReportSourceKind.Compare:
                    document ??= new HtmlDocument("ScenarioSim comparison", generatedOn);
                    CompareReport.AppendTo(document, CompareJson.ReadFile(source.Path));
                    break;
                case ReportSourceKind.Sensitivity:
                    var sensitivity = SensitivityJson.ReadFile(source.Path);
                    document ??= new HtmlDocument($"ScenarioSim sensitivity: {sensitivity.Metric}", generatedOn);
                    SensitivityReport.AppendTo(document, sensitivity);
                    break;
                case ReportSourceKind.Backtest:
                    document ??= new HtmlDocument("ScenarioSim rolling back-test", generatedOn);
                    BacktestReport.AppendTo(document, source.Path);
                    break;
                case ReportSourceKind.Sweep:
                    document ??= new HtmlDocument("ScenarioSim sweep", generatedOn);
                    SweepReport.AppendTo(document, SweepSummaryJson.ReadFile(source.Path));
                    break;
            }
        }

        return document ?? throw new ArgumentException("There is nothing to report on.", nameof(sources));
    }

    /// <summary>
    /// The scenario.json that <c>run --out</c> wrote beside <paramref name="summaryPath"/>, when there is one
    /// and it is the scenario the summary was run from (same SHA-256).
    /// </summary>
    private static Model.Scenario? ScenarioBeside(string summaryPath, string sha256)
    {
        string path = Path.Combine(Path.GetDirectoryName(summaryPath) ?? string.Empty, ScenarioJson.FileName);
        return File.Exists(path) ? ScenarioJson.Read(path, sha256) : null;
    }

    /// <summary>A run's summary.json with the uncertainty.csv beside it, when there is one.</summary>
    private static ReportSource WithUncertainty(ReportSource source)
    {
        if (source.Kind != ReportSourceKind.Summary || !Path.GetFileName(source.Path).Equals(RunOutput.SummaryFileName, StringComparison.OrdinalIgnoreCase))
        {
            return source;
        }

        string uncertainty = Path.Combine(Path.GetDirectoryName(source.Path) ?? string.Empty, UncertaintyAttribution.CsvFileName);
        return File.Exists(uncertainty) ? source with { UncertaintyPath = uncertainty } : source;
    }

    private static ReportSourceKind KindOf(string path)
    {
        string name = Path.GetFileName(path);
        if (name.Equals(RunOutput.SummaryFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ReportSourceKind.Summary;
        }

        if (name.Equals(CompareFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ReportSourceKind.Compare;
        }

        if (name.Equals(SensitivityFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ReportSourceKind.Sensitivity;
        }

        if (name.Equals(BacktestFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ReportSourceKind.Backtest;
        }

        if (name.Equals(SweepOutput.JsonFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ReportSourceKind.Sweep;
        }

        // Another name: tell by the fields each kind must have.
        using var document = ReportJson.Parse(File.ReadAllText(path), name);
        var root = document.RootElement;
        bool Has(string field) => root.ValueKind == JsonValueKind.Object && root.TryGetProperty(field, out _);
        return Has("indices") ? ReportSourceKind.Sensitivity
            : Has("differences") ? ReportSourceKind.Compare
            : Has("metrics") && Has("series") ? ReportSourceKind.Summary
            : Has("rolling") && Has("origins") ? ReportSourceKind.Backtest
            : Has("metrics") && Has("design") ? ReportSourceKind.Sweep
            : throw new FormatException($"{name} is neither a summary.json, a compare.json, a sensitivity.json, a rolling back-test's backtest.json nor a sweep.json.");
    }
}
