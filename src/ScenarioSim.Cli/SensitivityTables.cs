using System.Globalization;
using ScenarioSim.Analysis;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>The console tables of a sensitivity analysis: what <c>sensitivity</c> prints, and <c>merge</c> of its shards.</summary>
internal static class SensitivityTables
{
    private const int BarWidth = 30;

    /// <summary>Writes the header and the Sobol' indices, ranked by total effect.</summary>
    public static void WriteSobol(CliEnvironment environment, ResponseStamp response, SobolResult result)
    {
        var console = Header(environment, response, string.Create(
            CultureInfo.InvariantCulture,
            $"Sobol indices ({(result.Sampling == SensitivitySampling.SobolSequence ? "Sobol' sequence" : "Latin hypercube")}, N = {result.Samples}, {result.Evaluations} runs); output mean {AnalysisFormat.Number(result.OutputMean)}, variance {AnalysisFormat.Number(result.OutputVariance)}"));
        var table = Ranked(response, "total effect ST", ("S1 [95% CI]", true), ("ST [95% CI]", true), ("ST", false));

        var ranked = result.Indices.OrderByDescending(i => double.IsNaN(i.ST) ? double.NegativeInfinity : i.ST).ThenBy(i => i.Parameter, StringComparer.Ordinal).ToList();
        for (int r = 0; r < ranked.Count; r++)
        {
            var i = ranked[r];
            table.AddRow(
                new Text((r + 1).ToString(CultureInfo.InvariantCulture)),
                new Text(i.Parameter),
                new Text(WithInterval(i.S1, i.S1Ci95Low, i.S1Ci95High)),
                new Text(WithInterval(i.ST, i.STCi95Low, i.STCi95High)),
                new Text(Bar(i.ST, 1)));
        }

        Finish(environment, console, table, "S1: share of the variance the parameter explains alone; ST: with all its interactions. Intervals: bootstrap percentile.");
    }

    /// <summary>Writes the header and Morris's effects, ranked by μ*.</summary>
    public static void WriteMorris(CliEnvironment environment, ResponseStamp response, MorrisResult result)
    {
        var console = Header(environment, response, string.Create(
            CultureInfo.InvariantCulture,
            $"Morris screening (r = {result.Trajectories} trajectories, p = {result.Levels} levels, {result.Evaluations} runs)"));
        var table = Ranked(response, "mu*", ("mu* [95% CI]", true), ("mu", true), ("sigma", true), ("mu*", false));

        var ranked = result.Effects.OrderByDescending(e => e.MuStar).ThenBy(e => e.Parameter, StringComparer.Ordinal).ToList();
        double largest = ranked.Count > 0 ? ranked[0].MuStar : 0;
        for (int r = 0; r < ranked.Count; r++)
        {
            var e = ranked[r];
            table.AddRow(
                new Text((r + 1).ToString(CultureInfo.InvariantCulture)),
                new Text(e.Parameter),
                new Text(WithInterval(e.MuStar, e.MuStarCi95Low, e.MuStarCi95High)),
                new Text(AnalysisFormat.Number(e.Mu)),
                new Text(AnalysisFormat.Number(e.Sigma)),
                new Text(Bar(e.MuStar, largest)));
        }

        Finish(environment, console, table, "mu*: mean |change in the metric| when the parameter moves across its whole range; sigma: non-linearity or interactions.");
    }

    private static IAnsiConsole Header(CliEnvironment environment, ResponseStamp response, string method)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Scenario: {response.ScenarioName}    metric: {response.Metric} (mean)    seed: {response.Seed} at every point    replications: {response.Replications} per point"));
        console.WriteLine(method);
        return console;
    }

    /// <summary>
    /// The table of the parameters ranked by <paramref name="rankedBy"/>: a rank and a parameter column, then
    /// <paramref name="columns"/> (heading, right-aligned), none wrapped.
    /// </summary>
    private static Table Ranked(ResponseStamp response, string rankedBy, params (string Heading, bool Right)[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle($"Sensitivity of {response.Metric}, ranked by {rankedBy}", Style.Plain));
        foreach (var (heading, right) in new[] { ("rank", true), ("parameter", false) }.Concat(columns))
        {
            table.AddColumn(right ? new TableColumn(new Text(heading)).RightAligned().NoWrap() : new TableColumn(new Text(heading)).NoWrap());
        }

        return table;
    }

    /// <summary>Writes the table and its legend, and flushes.</summary>
    private static void Finish(CliEnvironment environment, IAnsiConsole console, Table table, string legend)
    {
        console.Write(table);
        console.WriteLine(legend);
        environment.Out.Flush();
    }

    private static string WithInterval(double value, double low, double high) =>
        double.IsFinite(value) ? $"{value.ToString("0.000", CultureInfo.InvariantCulture)} [{low.ToString("0.000", CultureInfo.InvariantCulture)}, {high.ToString("0.000", CultureInfo.InvariantCulture)}]" : "-";

    /// <summary>A bar of <c>#</c> for value / scale of <see cref="BarWidth"/> characters (plain ASCII: it survives any terminal and log).</summary>
    private static string Bar(double value, double scale) =>
        double.IsFinite(value) && scale > 0 ? new string('#', (int)Math.Round(Math.Clamp(value / scale, 0, 1) * BarWidth)) : string.Empty;
}
