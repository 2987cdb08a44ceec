using System.CommandLine;
using ScenarioSim.Analysis;
using ScenarioSim.IO;
using ScenarioSim.Output;
using ScenarioSim.Reporting;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim report INPUT [--out FILE]</c>: turns a run directory (or a <c>summary.json</c>,
/// <c>compare.json</c> or <c>sensitivity.json</c>) into one self-contained HTML report, written
/// atomically. A directory holding several of those files gets one page with a part for each; an
/// <c>uncertainty.csv</c> beside a <c>summary.json</c> adds its attribution to the run's part.
/// </summary>
internal sealed class ReportCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _input = new("INPUT")
    {
        Description = "A run directory written by 'run --out' (or by compare, sensitivity, backtest --rolling or sweep), or one summary.json, compare.json, sensitivity.json, backtest.json or sweep.json file. An uncertainty.csv beside a summary.json adds what drives the spread.",
    };

    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "The HTML file to write (written atomically). Default: report.html in the input directory.",
        HelpName = "FILE",
    };

    public ReportCommand(CliEnvironment environment)
        : base("report", "Write a self-contained HTML report (inline SVG charts, works offline) from a run's summary.json, a compare.json, a sensitivity.json, a rolling back-test's backtest.json or a sweep.json.")
    {
        _environment = environment;
        _input.Validators.Add(result =>
        {
            string? path = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (path is not null && !File.Exists(path) && !Directory.Exists(path))
            {
                result.AddError($"Report input '{path}' does not exist.");
            }
        });
        Add(_input);
        Add(_out);
        SetAction((parseResult, cancellationToken) => Task.Run(() => Invoke(parseResult, cancellationToken), CancellationToken.None));
    }

    private int Invoke(ParseResult parseResult, CancellationToken cancellationToken)
    {
        string input = parseResult.GetRequiredValue(_input);
        try
        {
            string output = parseResult.GetValue(_out)
                ?? Path.Combine(Directory.Exists(input) ? input : Path.GetDirectoryName(Path.GetFullPath(input))!, ReportSources.DefaultFileName);
            using var outputs = ReservedOutputs.Reserve(null, output);
            var sources = ReportSources.Find(input);
            if (sources.Count == 0)
            {
                _environment.Error.WriteLine(
                    $"{input}: error: no {RunOutput.SummaryFileName}, {ReportSources.CompareFileName}, {ReportSources.SensitivityFileName}, {ReportSources.BacktestFileName} or {SweepOutput.JsonFileName} to report on.");
                return ExitCodes.InvalidInput;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var document = ReportSources.Render(sources, DateOnly.FromDateTime(DateTime.UtcNow));
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.Write(output, document.Write);
            _environment.Out.WriteLine($"Wrote {output} ({document.ChartCount} {(document.ChartCount == 1 ? "chart" : "charts")})");
            return ExitCodes.Ok;
        }
        catch (FormatException e)
        {
            _environment.Error.WriteLine($"{input}: error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }
}
