using System.Globalization;
using ScenarioSim.Analysis;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>The console tables of a sweep, one per metric: what <c>sweep</c> prints, and <c>merge</c> of a sweep's shards.</summary>
internal static class SweepTables
{
    /// <summary>Writes the sweep's header line and a table per metric in <paramref name="metrics"/>: each point's values and the metric's mean, se, p05, p50 and p95.</summary>
    public static void Write(CliEnvironment environment, SweepResult sweep, IReadOnlyList<string> metrics)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Sweep: {sweep.Points.Count} points ({sweep.Design})    seed: {sweep.Seed} at every point    replications: {sweep.Replications} per point"));
        foreach (string metric in metrics)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle(metric, Style.Plain));
            table.AddColumn(new TableColumn(new Text("point")).RightAligned());
            foreach (var parameter in sweep.Parameters)
            {
                table.AddColumn(new TableColumn(new Text(parameter.Path)).RightAligned());
            }

            foreach (string heading in new[] { "mean", "se", "p05", "p50", "p95" })
            {
                table.AddColumn(new TableColumn(new Text(heading)).RightAligned());
            }

            foreach (var point in sweep.Points)
            {
                var s = point.Result.Metric(metric).Statistics;
                table.AddRow(
                [
                    new Text(point.Index.ToString(CultureInfo.InvariantCulture)),
                    .. point.Values.Select(v => new Text(v.ToString("G6", CultureInfo.InvariantCulture))),
                    .. new[] { s.Mean, s.Se, s.P05, s.P50, s.P95 }.Select(v => new Text(AnalysisFormat.Number(v))),
                ]);
            }

            console.Write(table);
        }

        environment.Out.Flush();
    }
}
