using ScenarioSim.Analysis;
using ScenarioSim.Output;
using ScenarioSim.Reporting;

namespace ScenarioSim.Cli;

/// <summary>Where a finished run goes: the output directory (<c>--out</c>) and the HTML report (<c>--report</c>), either optional.</summary>
/// <param name="Directory">The output directory, or <see langword="null"/>.</param>
/// <param name="Report">The report file, or <see langword="null"/>.</param>
internal sealed record RunDestinations(string? Directory, string? Report)
{
    /// <summary>
    /// Writes the run's files (with any extra files, all or none) and its report, and says what it
    /// wrote; the report shows <paramref name="attribution"/> when it has rows, and opens with the
    /// scenario's assumptions when <paramref name="scenario"/> is given.
    /// </summary>
    public void Write(
        CliEnvironment environment,
        SummaryDocument summary,
        IReadOnlyList<(string FileName, Action<Stream> Write)>? extraFiles = null,
        IReadOnlyList<MetricAttribution>? attribution = null,
        Model.Scenario? scenario = null)
    {
        if (Directory is not null)
        {
            extraFiles ??= [];
            RunOutput.Write(Directory, summary, extraFiles);
            var names = new[] { RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName }
                .Concat(extraFiles.Select(f => f.FileName))
                .ToList();
            environment.Out.WriteLine($"Wrote {string.Join(", ", names.Take(names.Count - 1))} and {names[^1]} to {Directory}");
        }

        if (Report is not null)
        {
            AtomicFile.Write(Report, RunReport.ToDocument(summary, DateOnly.FromDateTime(DateTime.UtcNow), attribution ?? [], scenario).Write);
            environment.Out.WriteLine($"Wrote {Report}");
        }
    }
}
