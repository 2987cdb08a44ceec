using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Output;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>run ... --target-se metric=value [--max-replications M]</c>: runs in batches until the metric's
/// standard error is below the target or the cap is reached; prints the run's summary, the achieved
/// standard error and the trace; with <c>--out</c> also writes <c>convergence.csv</c>.
/// </summary>
internal static class TargetPrecisionRun
{
    public static async Task<int> InvokeAsync(
        CliEnvironment environment, Scenario scenario, RunOptions options, ConvergenceTarget target, int? maxReplications, RunDestinations destinations,
        CancellationToken cancellationToken)
    {
        var convergence = new ConvergenceOptions
        {
            BatchSize = options.Replications ?? ConvergenceOptions.DefaultBatchSize,
            MaxReplications = maxReplications ?? ConvergenceOptions.DefaultMaxReplications,
        };
        var run = await RunProgressBar.RunAsync(
            environment,
            progress => ConvergenceRun.Run(scenario, target, convergence, options, progress, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        RunSummaryTable.Write(environment, run.Result);
        Write(environment, run);
        destinations.Write(
            environment,
            SummaryDocument.For(scenario, run.Result),
            [(ConvergenceOutput.CsvFileName, stream => ConvergenceOutput.WriteCsv(stream, run)), (ScenarioJson.FileName, stream => ScenarioJson.Write(stream, scenario))],
            scenario: scenario);

        return ExitCodes.Ok;
    }

    private static void Write(CliEnvironment environment, ConvergenceResult run)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        var last = run.Trace[^1];
        console.WriteLine(run.Converged
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"Converged: se of {run.Target.Metric} = {AnalysisFormat.Number(run.AchievedSe)} < {run.Target.StandardError} after {last.Replications} replications ({run.Trace.Count} batches).")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Not converged: se of {run.Target.Metric} = {AnalysisFormat.Number(run.AchievedSe)}, target {run.Target.StandardError}, at the cap of {last.Replications} replications."));
        var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle($"Convergence of {run.Target.Metric}", Style.Plain));
        foreach (string heading in new[] { "batch", "replications", "mean", "se" })
        {
            table.AddColumn(new TableColumn(new Text(heading)).RightAligned());
        }

        foreach (var step in run.Trace)
        {
            table.AddRow(
                new Text(step.Batch.ToString(CultureInfo.InvariantCulture)),
                new Text(step.Replications.ToString("#,0", CultureInfo.InvariantCulture)),
                new Text(AnalysisFormat.Number(step.Mean)),
                new Text(AnalysisFormat.Number(step.Se)));
        }

        console.Write(table);
        environment.Out.Flush();
    }
}
