using System.Globalization;
using ScenarioSim.Results;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>
/// Prints the per-group or per-region metrics of a run (<c>run --by group|region</c>): one row per
/// group or region, one column per metric of <see cref="MetricNames.Breakdown"/>, each the mean with
/// p05–p95 (the probability with its 95% interval for <c>any_fatality</c>).
/// </summary>
internal static class BreakdownTable
{
    /// <summary>The values <c>--by</c> takes.</summary>
    public static readonly string[] Choices = ["group", "region"];

    /// <summary>Writes the table of <paramref name="by"/> (<c>group</c> or <c>region</c>) to standard output.</summary>
    public static void Write(CliEnvironment environment, SimulationResult result, string by)
    {
        bool groups = by == "group";
        var breakdowns = groups ? result.ByGroup : result.ByRegion;
        var table = new Table().Border(TableBorder.Rounded).Title(groups ? "By group" : "By region");
        table.AddColumn(RunSummaryTable.Column(by).NoWrap());
        foreach (string metric in MetricNames.Breakdown)
        {
            table.AddColumn(RunSummaryTable.Column(metric).RightAligned().NoWrap());
        }

        foreach (var breakdown in breakdowns)
        {
            var cells = new List<Text> { RunSummaryTable.Cell(breakdown.Name) };
            cells.AddRange(breakdown.Metrics.Select(m => RunSummaryTable.Cell(Value(m))));
            table.AddRow(cells);
        }

        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        console.Write(table);
        console.WriteLine(groups
            ? "Each cell: mean (p05-p95) over replications; any_fatality: probability [95% CI]. A region may be in several groups."
            : "Each cell: mean (p05-p95) over replications; any_fatality: probability [95% CI].");
        environment.Out.Flush();
    }

    private static string Value(MetricSummary metric) =>
        metric.Probability is { } p
            ? RunSummaryTable.Probability(p)
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{RunSummaryTable.Number(metric.Statistics.Mean)} ({RunSummaryTable.Number(metric.Statistics.P05)}-{RunSummaryTable.Number(metric.Statistics.P95)})");
}
