using System.CommandLine;
using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim compare A.yaml B.yaml [...] [run flags] [--out DIR]</c>: runs every scenario with the
/// same seed (common random numbers) and prints each later scenario's paired differences from the first;
/// with <c>--out</c>, writes <c>compare.json</c> and <c>compare.csv</c>.
/// </summary>
internal sealed class CompareCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string[]> _scenarios = new("SCENARIOS")
    {
        Description = "Two or more scenario files; the first is the reference the others are compared with.",
        Arity = new ArgumentArity(2, ArgumentArity.ZeroOrMore.MaximumNumberOfValues),
    };

    private readonly Option<int?> _replications = CliSymbols.Replications();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<int?> _threads = CliSymbols.Threads();
    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();
    private readonly Option<string?> _out = AnalysisSymbols.Out("compare.json and compare.csv");

    public CompareCommand(CliEnvironment environment)
        : base("compare", "Compare scenarios under common random numbers: each scenario's paired difference from the first, with a 95% CI and the variance reduction.")
    {
        _environment = environment;
        _scenarios.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !File.Exists(t.Value)))
            {
                result.AddError($"Scenario file '{token.Value}' does not exist.");
            }
        });
        _set.Description += " Applies to every scenario.";
        Add(_scenarios);
        Add(_replications);
        Add(_seed);
        Add(_threads);
        Add(_set);
        Add(_setFile);
        Add(_out);
        SetAction(InvokeAsync);
    }

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            using var outputs = ReservedOutputs.Reserve(parseResult.GetValue(_out));
            string[] overrides = parseResult.GetValue(_set) ?? [];
            var scenarios = new List<Scenario>();
            bool valid = true;
            foreach (string path in parseResult.GetRequiredValue(_scenarios))
            {
                var scenario = ScenarioInput.Load(_environment, path, overrides, parseResult.GetValue(_setFile));
                valid &= scenario is not null;
                if (scenario is not null)
                {
                    scenarios.Add(scenario);
                }
            }

            if (!valid)
            {
                return ExitCodes.InvalidInput;
            }

            var options = new RunOptions
            {
                Replications = parseResult.GetValue(_replications),
                Seed = parseResult.GetValue(_seed),
                MaxDegreeOfParallelism = parseResult.GetValue(_threads),
            };

            var comparison = await RunProgressBar.RunAsync(
                _environment,
                progress => ScenarioComparison.Compare(scenarios, options, progress, cancellationToken),
                cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            Write(comparison);
            if (parseResult.GetValue(_out) is { } directory)
            {
                ComparisonOutput.Write(directory, comparison);
                _environment.Out.WriteLine($"Wrote {ComparisonOutput.JsonFileName} and {ComparisonOutput.CsvFileName} to {directory}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    private void Write(ComparisonResult comparison)
    {
        var console = TerminalConsole.Create(_environment.Out, _environment.OutIsTerminal);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Reference: {comparison.Reference.Label}    seed: {comparison.Seed}    replications: {comparison.Replications} (same seed for every scenario: common random numbers)"));
        for (int s = 1; s < comparison.Scenarios.Count; s++)
        {
            console.Write(DifferenceTable(comparison.Reference, comparison.Scenarios[s], comparison.Differences[s - 1]));
            WriteChanges(comparison.Reference, comparison.Scenarios[s], comparison.Differences[s - 1]);
        }

        console.WriteLine("difference = scenario - reference, paired by replication; 95% CI from the paired differences' standard error (Student t);");
        console.WriteLine("change = mean(scenario) / mean(reference) - 1 over the same replications, 95% CI by the delta method; '-' where the reference's mean is 0;");
        console.WriteLine("VR = (Var(reference) + Var(scenario)) / Var(difference): how many times more replications independent runs would need.");
        _environment.Out.Flush();
    }

    /// <summary>One line per metric: the two means and the percent change with its interval, which says how large a difference is.</summary>
    private void WriteChanges(ComparedScenario reference, ComparedScenario scenario, ScenarioDifferences differences)
    {
        _environment.Out.WriteLine($"Change, {scenario.Label} vs {reference.Label}:");
        var lines = differences.Metrics.Select(d => (
            d.Metric,
            Means: $"{Number(d.ReferenceMean)} -> {Number(d.ReferenceMean + d.Mean)}",
            Change: double.IsFinite(d.PercentChange) ? AnalysisFormat.Change(d.PercentChange, d.PercentChangeCi95Low, d.PercentChangeCi95High)
                : double.IsFinite(d.ReferenceMean) ? "- (reference mean 0)" : "- (no pairs)")).ToList();
        int metricWidth = lines.Max(l => l.Metric.Length);
        int meansWidth = lines.Max(l => l.Means.Length);
        foreach (var (metric, means, change) in lines)
        {
            _environment.Out.WriteLine($"  {metric.PadRight(metricWidth)}  {means.PadRight(meansWidth)}  {change}");
        }
    }

    private static Table DifferenceTable(ComparedScenario reference, ComparedScenario scenario, ScenarioDifferences differences)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle($"{scenario.Label} vs {reference.Label}", Style.Plain));
        table.AddColumn(Column("metric").NoWrap());
        table.AddColumn(Column($"mean {reference.Label}").RightAligned());
        table.AddColumn(Column($"mean {scenario.Label}").RightAligned());
        table.AddColumn(Column("difference").RightAligned());
        table.AddColumn(Column("95% CI").RightAligned().NoWrap());
        table.AddColumn(Column("VR").RightAligned());
        table.AddColumn(Column("note").NoWrap());
        for (int m = 0; m < differences.Metrics.Count; m++)
        {
            var d = differences.Metrics[m];
            table.AddRow(
                Cell(d.Metric),
                Cell(Number(reference.Metrics[m].Statistics.Mean)),
                Cell(Number(scenario.Metrics[m].Statistics.Mean)),
                Cell(Number(d.Mean)),
                Cell(double.IsFinite(d.Ci95Low) ? $"[{Number(d.Ci95Low)}, {Number(d.Ci95High)}]" : "-"),
                Cell(VarianceReduction(d)),
                Cell(Note(d)));
        }

        return table;
    }

    private static string Note(PairedDifference d) =>
        d.Unpaired > 0 || MetricNames.MayBeMissing(d.Metric)
            ? string.Create(CultureInfo.InvariantCulture, $"paired only where both have a value: {d.Pairs} of {d.Pairs + d.Unpaired}")
            : d.VarianceDifference == 0 && d.Pairs > 0 ? (d.Mean == 0 ? "identical in every replication" : "same difference in every replication")
            : string.Empty;

    private static string VarianceReduction(PairedDifference d) =>
        double.IsPositiveInfinity(d.VarianceReduction) ? "inf"
        : double.IsFinite(d.VarianceReduction) ? d.VarianceReduction.ToString("0.0", CultureInfo.InvariantCulture)
        : "-";

    private static Text Cell(string text) => new(text);

    private static TableColumn Column(string heading) => new(new Text(heading));

    private static string Number(double value) => AnalysisFormat.Number(value);
}
