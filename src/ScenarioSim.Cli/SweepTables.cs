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

        WriteMetamodels(environment, console, sweep, metrics);
        environment.Out.Flush();
    }

    /// <summary>
    /// The metamodel summary: the design's factor correlation, then per metric the first-order coefficients
    /// on coded factors with 95% intervals, ranked by size, and R² (see <see cref="SweepMetamodel"/>).
    /// </summary>
    private static void WriteMetamodels(CliEnvironment environment, IAnsiConsole console, SweepResult sweep, IReadOnlyList<string> metrics)
    {
        var (maxCorrelation, condition) = SweepMetamodel.DesignCorrelation(sweep);
        environment.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Metamodel: first-order least squares on coded factors (-1 to 1 over each range); a coefficient is half the change across the range. Design: max |corr| between factors {maxCorrelation:0.0000}, condition number {condition:0.000}."));
        var models = SweepMetamodel.Fit(sweep).Where(m => metrics.Contains(m.Metric, StringComparer.Ordinal));
        foreach (var model in models)
        {
            if (model.Note is { } note)
            {
                environment.Out.WriteLine($"{model.Metric}: no metamodel: {note}.");
                continue;
            }

            string r2 = double.IsNaN(model.RSquared) ? "-" : model.RSquared.ToString("0.000", CultureInfo.InvariantCulture);
            var table = new Table().Border(TableBorder.Rounded)
                .Title(new TableTitle($"Metamodel of {model.Metric} (mean over {model.Points} points): R² {r2}, intercept {AnalysisFormat.Number(model.Intercept!.Estimate)}", Style.Plain));
            table.AddColumn(new TableColumn(new Text("rank")).RightAligned());
            table.AddColumn(new TableColumn(new Text("factor")));
            table.AddColumn(new TableColumn(new Text("coefficient [95% CI]")).RightAligned());
            table.AddColumn(new TableColumn(new Text("|effect|")));
            double largest = model.Terms.Max(t => Math.Abs(t.Estimate));
            int rank = 0;
            foreach (var term in model.Ranked)
            {
                int bar = largest > 0 ? (int)Math.Round(14 * Math.Abs(term.Estimate) / largest) : 0;
                table.AddRow(
                    new Text((++rank).ToString(CultureInfo.InvariantCulture)),
                    new Text(term.Factor + (term.Significant ? " *" : string.Empty)),
                    new Text($"{AnalysisFormat.Number(term.Estimate)} [{AnalysisFormat.Number(term.Ci95Low)}, {AnalysisFormat.Number(term.Ci95High)}]"),
                    new Text(new string('#', bar)));
            }

            console.Write(table);
        }

        environment.Out.WriteLine("* the 95% interval excludes 0.");
    }
}
