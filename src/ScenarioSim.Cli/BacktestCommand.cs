using System.CommandLine;
using ScenarioSim.Calibration;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim backtest SCENARIO.yaml --data HELDOUT.csv [--replications N] [--seed S] [--threshold K]...
/// [--out DIR] [--set path=value]... [--set-file FILE]</c>: scores the scenario's forecasts of held-out counts
/// (CRPS, 50% and 90% interval coverage and interval scores, Brier scores of count ≥ K); with <c>--out</c>
/// writes <c>backtest.json</c> and <c>backtest.csv</c>.
/// </summary>
internal sealed class BacktestCommand : Command
{
    private const int DefaultReplications = 500;

    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<string> _data = CalibrationSymbols.Data("Held-out counts: CSV with date,series,region,count[,end_date] (see docs/calibration.md).");
    private readonly Option<int> _replications = CalibrationSymbols.Replications(
        DefaultReplications, "Simulated replications per forecast (at least 2). Default: 500.");

    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<long[]> _threshold = CalibrationSymbols.Threshold();
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Directory to write backtest.json and backtest.csv to (created if missing).",
        HelpName = "DIR",
    };

    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();

    public BacktestCommand(CliEnvironment environment)
        : base("backtest", "Score a scenario's forecasts against held-out counts (CRPS, interval coverage and scores, Brier); with --out, write backtest.json.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_data);
        Add(_replications);
        Add(_seed);
        Add(_threshold);
        Add(_out);
        Add(_set);
        Add(_setFile);
        // The work is CPU-bound; running it on the pool keeps Ctrl+C responsive.
        SetAction((parseResult, cancellationToken) => Task.Run(() => Invoke(parseResult, cancellationToken), CancellationToken.None));
    }

    private int Invoke(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var data = ObservationFile.Read(parseResult.GetRequiredValue(_data), scenario);
            if (!data.Succeeded)
            {
                CommandFailure.WriteDiagnostics(_environment.Error, data.Diagnostics);

                return ExitCodes.InvalidInput;
            }

            if (data.Value!.Rows.Count == 0)
            {
                _environment.Error.WriteLine($"{data.Value.File}: error: the file has no rows to score");
                return ExitCodes.InvalidInput;
            }

            ulong seed = parseResult.GetValue(_seed) ?? scenario.Run.Seed ?? 1; // the runner's default seed
            long[] thresholds = parseResult.GetValue(_threshold) is { Length: > 0 } given ? given : [.. Backtest.DefaultThresholds];
            var result = Backtest.Run(scenario, data.Value, parseResult.GetValue(_replications), seed, thresholds, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            CalibrationTables.Write(_environment, scenario.Name, result);
            if (parseResult.GetValue(_out) is { } directory)
            {
                BacktestOutput.Write(directory, scenario, data.Value, result);
                _environment.Out.WriteLine($"Wrote {BacktestOutput.JsonFileName} and {BacktestOutput.CsvFileName} to {directory}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }
}
