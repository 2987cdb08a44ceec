using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Model;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>Prints, for scenarios with uncertain parameters, how much of each key metric's spread each parameter accounts for.</summary>
internal static class UncertaintyTable
{
    /// <summary>Prints one row per parameter (named by region id, as the run report names it), one column per metric: share of spread and rank correlation.</summary>
    public static void Write(CliEnvironment environment, IReadOnlyList<MetricAttribution> attribution, IReadOnlyList<string> regionIds)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape("Uncertain parameters: share of each metric's spread [rank correlation]"));
        table.AddColumn(new TableColumn(new Text("parameter")).NoWrap());
        foreach (var metric in attribution)
        {
            table.AddColumn(new TableColumn(new Text(metric.Metric)).RightAligned().NoWrap());
        }

        foreach (string path in attribution[0].Parameters.Select(r => r.Path).Order(StringComparer.Ordinal))
        {
            var cells = new List<Text> { new(ScenarioParameters.Label(path, regionIds)) };
            foreach (var metric in attribution)
            {
                var row = metric.Parameters.Single(r => r.Path == path);
                cells.Add(new Text(string.Create(CultureInfo.InvariantCulture, $"{row.ContributionToVariance:0%} [{row.RankCorrelation:+0.00;-0.00;0.00}]")));
            }

            table.AddRow(cells);
        }

        console.Write(table);
    }
}
