using System.CommandLine;
using ScenarioSim.Engine;
using ScenarioSim.Output;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim run SCENARIO.yaml [--replications N] [--seed S] [--threads T] [--out DIR] [--set path=value]... [--set-file FILE]</c>:
/// runs the scenario, prints a summary table and, with <c>--out</c>, writes <c>summary.json</c>,
/// <c>metrics.csv</c> and <c>series.csv</c>.
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
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();

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
        Add(_setFile);
        SetAction(InvokeAsync);
    }

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
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

            if (parseResult.GetValue(_out) is { } directory)
            {
                RunOutput.Write(directory, result, ScenarioFingerprint.Sha256(scenario));
                _environment.Out.WriteLine(
                    $"Wrote {RunOutput.SummaryFileName}, {RunOutput.MetricsFileName} and {RunOutput.SeriesFileName} to {directory}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }
}
