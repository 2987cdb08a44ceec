using System.CommandLine;
using ScenarioSim.Engine;
using ScenarioSim.Output;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim run SCENARIO.yaml [--replications N] [--seed S] [--threads T] [--out DIR] [--set path=value]...</c>:
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
    private readonly Option<Analysis.ConvergenceTarget?> _targetSe = ConvergenceSymbols.TargetSe();
    private readonly Option<int?> _maxReplications = ConvergenceSymbols.MaxReplications();

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
        Add(_targetSe);
        Add(_maxReplications);
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

            if (parseResult.GetValue(_targetSe) is { } target)
            {
                return await TargetPrecisionRun.InvokeAsync(
                    _environment, scenario, options, target, parseResult.GetValue(_maxReplications), parseResult.GetValue(_out), cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(_maxReplications) is not null)
            {
                _environment.Error.WriteLine("error: --max-replications applies only with --target-se metric=value.");
                return ExitCodes.InvalidInput;
            }

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
