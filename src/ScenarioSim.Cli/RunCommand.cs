using System.CommandLine;
using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.Reporting;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim run SCENARIO.yaml [--replications N] [--seed S] [--threads T] [--out DIR] [--report FILE] [--set path=value]...</c>:
/// runs the scenario, prints a summary table and, with <c>--out</c>, writes <c>summary.json</c>,
/// <c>metrics.csv</c> and <c>series.csv</c>; with <c>--report</c>, an HTML report.
/// </summary>
internal sealed class RunCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<int?> _replications = CliSymbols.Replications();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<int?> _threads = CliSymbols.Threads();
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Directory to write summary.json, metrics.csv and series.csv to (created if missing).",
        HelpName = "DIR",
    };

    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _report = new("--report")
    {
        Description = "Also write a self-contained HTML report (charts, works offline) to FILE, with or without --out.",
        HelpName = "FILE",
    };

    public RunCommand(CliEnvironment environment)
        : base("run", "Run a scenario and print a summary table; with --out, also write summary.json, metrics.csv and series.csv.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_replications);
        Add(_seed);
        Add(_threads);
        Add(_out);
        Add(_set);
        Add(_report);
        SetAction(InvokeAsync);
    }

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? []);
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var options = new RunOptions
            {
                Replications = parseResult.GetValue(_replications),
                Seed = parseResult.GetValue(_seed),
                MaxDegreeOfParallelism = parseResult.GetValue(_threads),
            };

            var runner = new ScenarioRunner();
            var result = await RunProgressBar.RunAsync(
                _environment,
                progress => runner.Run(scenario, options, progress, cancellationToken),
                cancellationToken).ConfigureAwait(false);

            // A Ctrl+C that lands after the last replication still means "leave no files".
            cancellationToken.ThrowIfCancellationRequested();

            RunSummaryTable.Write(_environment, result);

            var summary = new SummaryDocument(ScenarioFingerprint.Sha256(scenario), result) { KeyDates = KeyDate.FromScenario(scenario) };
            if (parseResult.GetValue(_out) is { } directory)
            {
                RunOutput.Write(directory, summary);
                _environment.Out.WriteLine(
                    $"Wrote {RunOutput.SummaryFileName}, {RunOutput.MetricsFileName} and {RunOutput.SeriesFileName} to {directory}");
            }

            if (parseResult.GetValue(_report) is { } report)
            {
                AtomicFile.Write(report, RunReport.ToDocument(summary, DateOnly.FromDateTime(DateTime.UtcNow)).Write);
                _environment.Out.WriteLine($"Wrote {report}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }
}
