using ScenarioSim.Analysis;
using ScenarioSim.IO;
using ScenarioSim.Output;
using ScenarioSim.Reporting;

namespace ScenarioSim.Cli;

/// <summary>Where a finished run goes: the output directory (<c>--out</c>) and the HTML report (<c>--report</c>), either optional.</summary>
/// <param name="Directory">The output directory, or <see langword="null"/>.</param>
/// <param name="Report">The report file, or <see langword="null"/>; inside <paramref name="Directory"/> it is part of the directory's set.</param>
internal sealed record RunDestinations(string? Directory, string? Report)
{
    /// <summary>Checks and locks both destinations before the run (<see cref="ReservedOutputs"/>).</summary>
    /// <exception cref="OutputPathException">A path cannot be written, or the report would replace the output directory.</exception>
    public ReservedOutputs Reserve()
    {
        if (Directory is not null && Report is not null
            && Path.TrimEndingDirectorySeparator(Path.GetFullPath(Report)) == Path.TrimEndingDirectorySeparator(Path.GetFullPath(Directory)))
        {
            throw new OutputPathException(Report, "is the --out directory; name a file for --report, e.g. " + Path.Combine(Directory, ReportSources.DefaultFileName));
        }

        return ReservedOutputs.Reserve(Directory, Report);
    }

    /// <summary>
    /// Writes the run's files (with any extra files, and the report when it lies in the directory, all as
    /// one set) and a report elsewhere, and says what it wrote; the report shows <paramref name="attribution"/>
    /// when it has rows, and opens with the scenario's assumptions when <paramref name="scenario"/> is given.
    /// </summary>
    public void Write(
        CliEnvironment environment,
        SummaryDocument summary,
        IReadOnlyList<(string FileName, Action<Stream> Write)>? extraFiles = null,
        IReadOnlyList<MetricAttribution>? attribution = null,
        Model.Scenario? scenario = null)
    {
        Action<Stream> writeReport = stream =>
            RunReport.ToDocument(summary, DateOnly.FromDateTime(DateTime.UtcNow), attribution, scenario).Write(stream);
        bool reportInSet = Directory is not null && Report is not null && OutputReservation.IsInside(Report, Directory);
        if (Directory is not null)
        {
            var files = new List<(string FileName, Action<Stream> Write)>(extraFiles ?? []);
            if (reportInSet)
            {
                files.Add((Path.GetRelativePath(Path.GetFullPath(Directory), Path.GetFullPath(Report!)), writeReport));
            }

            RunOutput.Write(Directory, summary, files);
            var names = new[] { RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName }
                .Concat(files.Select(f => f.FileName))
                .ToList();
            environment.Out.WriteLine($"Wrote {string.Join(", ", names.Take(names.Count - 1))} and {names[^1]} to {Directory}");
        }

        if (Report is not null && !reportInSet)
        {
            AtomicFile.Write(Report, writeReport);
            environment.Out.WriteLine($"Wrote {Report}");
        }
    }
}
