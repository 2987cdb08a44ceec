using System.CommandLine;
using ScenarioSim.Calibration;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim backtest SCENARIO.yaml --data HELDOUT.csv [--replications N] [--seed S] [--threshold K]...
/// [--out DIR] [--set path=value]... [--set-file FILE]</c>: scores the scenario's forecasts of held-out counts
/// (CRPS, 50% and 90% interval coverage and interval scores, Brier scores of count ≥ K); with <c>--out</c>
/// writes <c>backtest.json</c> and <c>backtest.csv</c>. With <c>--rolling --every DAYS --horizon DAYS [--min-train DAYS]
/// [--refit --fit PATH...] [--threads T]</c> it runs a rolling-origin back-test instead: forecasts of each window's total
/// from the data before it, conditioned and unconditioned, against a constant-rate negative binomial and persistence.
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
    private readonly Option<bool> _rolling = new("--rolling")
    {
        Description = "Rolling-origin back-test: at origins every --every days, forecast the next --horizon days from the data before the origin (see docs/forecasting.md).",
    };

    private readonly Option<int?> _every = ForecastSymbols.Days("--every", "Days between rolling origins (with --rolling).");
    private readonly Option<int?> _horizon = ForecastSymbols.Days("--horizon", "Days forecast after each origin (with --rolling); period data extend it to the next row boundary.");
    private readonly Option<int?> _minTrain = ForecastSymbols.Days("--min-train", "Days of data before the first origin (with --rolling). Default: the horizon.");
    private readonly Option<bool> _refit = new("--refit")
    {
        Description = "Refit the --fit parameters on each origin's training data by maximum likelihood (with --rolling).",
    };

    private readonly Option<string[]> _fit = ForecastSymbols.Refit();
    private readonly Option<int?> _threads = CliSymbols.Threads();

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
        Add(_rolling);
        Add(_every);
        Add(_horizon);
        Add(_minTrain);
        Add(_refit);
        Add(_fit);
        Add(_threads);
        Validators.Add(ForecastSymbols.RollingRules(_rolling, _every, _horizon, _minTrain, _refit, _fit, _threshold, _threads));
        // The work is CPU-bound; running it on the pool keeps Ctrl+C responsive.
        SetAction((parseResult, cancellationToken) => Task.Run(() => Invoke(parseResult, cancellationToken), CancellationToken.None));
    }

    private int Invoke(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            using var outputs = ReservedOutputs.Reserve(parseResult.GetValue(_out));
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var data = ObservationFile.Read(parseResult.GetRequiredValue(_data), scenario);
            if (!data.Succeeded)
            {
                foreach (var diagnostic in data.Diagnostics)
                {
                    _environment.Error.WriteLine(diagnostic.ToString());
                }

                return ExitCodes.InvalidInput;
            }

            if (data.Value!.Rows.Count == 0)
            {
                _environment.Error.WriteLine($"{data.Value.File}: error: the file has no rows to score");
                return ExitCodes.InvalidInput;
            }

            ulong seed = parseResult.GetValue(_seed) ?? scenario.Run.Seed ?? 1; // the runner's default seed
            if (parseResult.GetValue(_rolling))
            {
                return Rolling(parseResult, scenario, data.Value, seed, cancellationToken);
            }

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

    private int Rolling(ParseResult parseResult, Model.Scenario scenario, ObservationSet data, ulong seed, CancellationToken cancellationToken)
    {
        IReadOnlyList<FitParameter> refit = [];
        if (parseResult.GetValue(_refit))
        {
            var parameters = FitParameter.ParseAll(parseResult.GetValue(_fit) ?? [], scenario);
            CommandFailure.WriteDiagnostics(_environment.Error, parameters.Diagnostics);
            if (!parameters.Succeeded)
            {
                return ExitCodes.InvalidInput;
            }

            refit = parameters.Value!;
        }

        var options = new Forecasting.RollingBacktestOptions
        {
            Every = parseResult.GetValue(_every) ?? 0,
            Horizon = parseResult.GetValue(_horizon) ?? 0,
            MinTrain = parseResult.GetValue(_minTrain),
            Refit = refit,
            Replications = parseResult.GetValue(_replications),
            Seed = seed,
            Threads = parseResult.GetValue(_threads),
        };
        var result = Forecasting.RollingBacktest.Run(scenario, data, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        CalibrationTables.Write(_environment, scenario.Name, result);
        if (parseResult.GetValue(_out) is { } directory)
        {
            Forecasting.RollingBacktestOutput.Write(directory, scenario, data, result);
            _environment.Out.WriteLine($"Wrote {BacktestOutput.JsonFileName} and {BacktestOutput.CsvFileName} to {directory}");
        }

        return ExitCodes.Ok;
    }
}
