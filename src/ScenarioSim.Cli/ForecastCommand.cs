using System.CommandLine;
using System.Globalization;
using ScenarioSim.Calibration;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Forecasting;
using ScenarioSim.Output;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim forecast SCENARIO.yaml --data OBSERVED.csv [--origin DATE] [--replications N] [--seed S]
/// [--threads T] [--out DIR] [--report FILE] [--set path=value]... [--set-file FILE]</c>: runs the scenario
/// from the day after the origin, conditioned on the observed militia counts up to it; prints the
/// conditioning and the summary table; with <c>--out</c> writes what <c>run</c> writes plus
/// <c>conditioning.json</c>.
/// </summary>
internal sealed class ForecastCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<string> _data = CalibrationSymbols.Data("Observed counts up to the origin: CSV with date,series,region,count[,end_date] (see docs/calibration.md).");
    private readonly Option<string?> _origin = ForecastSymbols.Origin();
    private readonly Option<int?> _replications = CliSymbols.Replications();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<int?> _threads = CliSymbols.Threads();
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Directory to write summary.json, metrics.csv, series.csv and conditioning.json to (created if missing).",
        HelpName = "DIR",
    };

    private readonly Option<string?> _report = new("--report")
    {
        Description = "Also write a self-contained HTML report of the forecast days to FILE, with or without --out.",
        HelpName = "FILE",
    };

    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();

    public ForecastCommand(CliEnvironment environment)
        : base("forecast", "Run a scenario from the day after the origin, conditioned on the observed militia counts up to it; with --out, also write conditioning.json.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_data);
        Add(_origin);
        Add(_replications);
        Add(_seed);
        Add(_threads);
        Add(_out);
        Add(_report);
        Add(_set);
        Add(_setFile);
        SetAction(InvokeAsync);
    }

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            var destinations = new RunDestinations(parseResult.GetValue(_out), parseResult.GetValue(_report));
            using var outputs = destinations.Reserve();
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            if (!ForecastSymbols.TryParseOrigin(_environment, parseResult.GetValue(_origin), out var origin))
            {
                return ExitCodes.InvalidInput;
            }

            var data = ObservationFile.Read(parseResult.GetRequiredValue(_data), scenario);
            CommandFailure.WriteDiagnostics(_environment.Error, data.Diagnostics);
            if (!data.Succeeded)
            {
                return ExitCodes.InvalidInput;
            }

            int isisRows = data.Value!.Of(ObservedSeries.IsisAttacks).Count;
            if (isisRows > 0)
            {
                _environment.Error.WriteLine(new Diagnostic(string.Empty, $"the {isisRows} isis_attacks rows are not used: the forecast conditions on militia counts only, and the ISIS pool starts at isis.initial_fighters (docs/model.md, section 13)") { Severity = DiagnosticSeverity.Warning });
            }

            var options = new RunOptions
            {
                Replications = parseResult.GetValue(_replications),
                Seed = parseResult.GetValue(_seed),
                MaxDegreeOfParallelism = parseResult.GetValue(_threads),
            };
            var forecast = await RunProgressBar.RunAsync(
                _environment,
                progress => ConditionedRun.Run(scenario, data.Value!, origin, options, progress, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            WriteConditioning(forecast.Conditioning);
            RunSummaryTable.Write(_environment, forecast.Result);
            var extraFiles = new List<(string FileName, Action<Stream> Write)>
            {
                (ConditioningJson.FileName, stream => ConditioningJson.Write(stream, forecast.Conditioning)),
            };
            destinations.Write(_environment, SummaryDocument.For(forecast.Scenario, forecast.Result), extraFiles);
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    private void WriteConditioning(Conditioning c)
    {
        var invariant = CultureInfo.InvariantCulture;
        _environment.Out.WriteLine(string.Create(invariant, $"Conditioned on {c.Rows} militia_attacks rows up to {c.Origin:yyyy-MM-dd} (log-likelihood {c.LogLikelihood:F4}); forecast from {c.Origin.AddDays(1):yyyy-MM-dd}"));
        if (c.StateProbabilities.Count > 0)
        {
            _environment.Out.WriteLine("  state at the origin: " + string.Join(", ", c.StateProbabilities.Select(p => string.Create(invariant, $"{p.Key} {p.Value:F4}"))));
        }

        if (c.Excitation.Any(e => e.Value != 0))
        {
            _environment.Out.WriteLine("  excitation on the first day: " + string.Join(", ", c.Excitation.Select(e => string.Create(invariant, $"{e.Key} {e.Value:F4}"))));
        }
    }
}
