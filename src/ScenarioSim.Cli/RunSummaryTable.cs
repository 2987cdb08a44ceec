using System.Globalization;
using ScenarioSim.Results;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>
/// Prints a run's result for people: the scenario, seed and replications; per metric the mean, p05, p50
/// and p95, the probability with its 95% interval for 0/1 metrics, how many replications never saw
/// the event of a "days to" metric; and the exceedance probabilities.
/// </summary>
internal static class RunSummaryTable
{
    private const string NotApplicable = "-";
    private const string ProbabilityHeading = "probability [95% CI]";

    /// <summary>Writes the tables to the environment's standard output.</summary>
    public static void Write(CliEnvironment environment, SimulationResult result)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Scenario: {result.ScenarioName}    seed: {result.Seed}    replications: {result.Replications}"));
        console.Write(MetricsTable(result));
        if (result.Exceedances.Count > 0)
        {
            console.Write(ExceedanceTable(result));
        }

        SeriesSparklines.Write(console, result);
        environment.Out.Flush();
    }

    private static Table MetricsTable(SimulationResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Metrics");
        table.AddColumn(Column("metric").NoWrap());
        foreach (var heading in new[] { "mean", "p05", "p50", "p95" })
        {
            table.AddColumn(Column(heading).RightAligned());
        }

        table.AddColumn(Column(ProbabilityHeading).RightAligned().NoWrap());
        table.AddColumn(Column("note").NoWrap());

        foreach (var metric in result.Metrics)
        {
            var s = metric.Statistics;
            table.AddRow(
                Cell(metric.Name),
                Cell(Number(s.Mean)),
                Cell(Number(s.P05)),
                Cell(Number(s.P50)),
                Cell(Number(s.P95)),
                Cell(metric.Probability is { } p ? Probability(p) : NotApplicable),
                Cell(Note(metric, result.Replications)));
        }

        return table;
    }

    private static Table ExceedanceTable(SimulationResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Exceedance probabilities");
        table.AddColumn(Column("question").NoWrap());
        table.AddColumn(Column(ProbabilityHeading).RightAligned().NoWrap());
        foreach (var exceedance in result.Exceedances)
        {
            table.AddRow(
                Cell($"P({exceedance.Metric} >= {Number(exceedance.Threshold)})"),
                Cell(Probability(exceedance.Probability)));
        }

        return table;
    }

    private static string Note(MetricSummary metric, int replications)
    {
        if (MetricNames.MayBeMissing(metric.Name) || metric.MissingCount > 0)
        {
            string what = metric.Name switch
            {
                MetricNames.DaysToFirstFatality => "no death",
                MetricNames.DaysToDrawdownComplete => "not drawn down by the end",
                _ => "no resurgence",
            };
            return string.Create(CultureInfo.InvariantCulture, $"{what} in {metric.MissingCount} of {replications}");
        }

        return string.Empty;
    }

    // Plain text, not markup: square brackets and user-supplied names must print as they are.
    internal static Text Cell(string text) => new(text);

    internal static TableColumn Column(string heading) => new(new Text(heading));

    internal static string Probability(Proportion p) =>
        double.IsFinite(p.Probability)
            ? $"{Probability(p.Probability)} [{Probability(p.Ci95Low)}, {Probability(p.Ci95High)}]"
            : NotApplicable;

    /// <summary>Two decimals for small values, whole numbers with separators for large ones.</summary>
    internal static string Number(double value) =>
        !double.IsFinite(value) ? NotApplicable
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Four decimals, or two significant digits for a value that four decimals would show as 0.0000 but is not
    /// zero (the upper Wilson bound after 100,000 replications without the event is about 0.00004).
    /// </summary>
    internal static string Probability(double value) =>
        value > 0 && value < 0.00005 ? SignificantDecimal(value) : value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string SignificantDecimal(double value)
    {
        int decimals = Math.Min(15, 1 - (int)Math.Floor(Math.Log10(value)));
        return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
