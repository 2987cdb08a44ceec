using System.CommandLine;
using ScenarioSim.Calibration;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim calibrate SCENARIO.yaml --data FILE.csv --fit PATH[=lo:hi]... [--observation poisson|negbin|auto]
/// [--replications N] [--seed S] [--out DIR] [--set path=value]... [--set-file FILE]</c>: fits scenario parameters to
/// observed counts (militia by exact maximum likelihood, ISIS by simulated moments), prints the estimates,
/// the model comparison and the predictive checks; with <c>--out</c> writes <c>calibration.json</c>,
/// <c>fitted.yaml</c>, <c>fitted-uncertain.yaml</c> and <c>fit.csv</c>.
/// </summary>
internal sealed class CalibrateCommand : Command
{
    private const int DefaultReplications = 400;

    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<string> _data = CalibrationSymbols.Data("Observed counts: CSV with date,series,region,count[,end_date] (see docs/calibration.md).");
    private readonly Option<string[]> _fit = CalibrationSymbols.Fit();
    private readonly Option<string> _observation = CalibrationSymbols.Observation();
    private readonly Option<int> _replications = CalibrationSymbols.Replications(
        DefaultReplications, "Replications for the ISIS moments and the predictive checks (at least 2). Default: 400.");

    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Directory to write calibration.json, fitted.yaml, fitted-uncertain.yaml and fit.csv to (created if missing).",
        HelpName = "DIR",
    };

    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();

    public CalibrateCommand(CliEnvironment environment)
        : base("calibrate", "Fit scenario parameters to observed counts; with --out, write calibration.json, fitted.yaml, fitted-uncertain.yaml and fit.csv.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_data);
        Add(_fit);
        Add(_observation);
        Add(_replications);
        Add(_seed);
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
            using var outputs = ReservedOutputs.Reserve(parseResult.GetValue(_out));
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            var parameters = FitParameter.ParseAll(parseResult.GetValue(_fit) ?? [], scenario);
            var data = ObservationFile.Read(parseResult.GetRequiredValue(_data), scenario);
            CommandFailure.WriteDiagnostics(_environment.Error, parameters.Diagnostics);
            CommandFailure.WriteDiagnostics(_environment.Error, data.Diagnostics);
            if (!parameters.Succeeded || !data.Succeeded)
            {
                return ExitCodes.InvalidInput;
            }

            ulong seed = parseResult.GetValue(_seed) ?? scenario.Run.Seed ?? 1; // the runner's default seed
            var report = Calibrator.Run(
                scenario, data.Value!, parameters.Value!, CalibrationSymbols.ObservationModelOf(parseResult.GetValue(_observation)), parseResult.GetValue(_replications), seed, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            CalibrationTables.Write(_environment, report);
            if (parseResult.GetValue(_out) is { } directory)
            {
                string commandLine = "scenariosim " + string.Join(' ', parseResult.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"'{t.Value}'" : t.Value));
                CalibrationOutput.Write(directory, report, commandLine);
                _environment.Out.WriteLine($"Wrote {CalibrationOutput.ReportFileName}, {CalibrationOutput.FittedFileName}, {CalibrationOutput.FittedUncertainFileName} and {CalibrationOutput.FitTableFileName} to {directory}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }
}
