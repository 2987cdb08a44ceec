using System.CommandLine;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.Reporting;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim run SCENARIO.yaml [--replications N] [--seed S] [--threads T] [--out DIR] [--report FILE] [--set path=value]... [--set-file FILE] [--shard K/N]</c>:
/// runs the scenario, prints a summary table and, with <c>--out</c>, writes <c>summary.json</c>,
/// <c>metrics.csv</c> and <c>series.csv</c>; with <c>--report</c>, an HTML report. For a scenario
/// with uncertain parameters it also prints what drives the spread, writes it to <c>uncertainty.csv</c>
/// with <c>--out</c> and shows it in the report. With
/// <c>--shard K/N</c> it runs only shard K's replications and writes <c>DIR/shard-K-of-N.partial.json</c>
/// alone, for <c>scenariosim merge</c>.
/// </summary>
internal sealed class RunCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<int?> _replications = CliSymbols.Replications();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<int?> _threads = CliSymbols.Threads();
    private readonly Option<string?> _out = new("--out", "-o")
    {
        Description = "Directory to write summary.json, metrics.csv and series.csv to (created if missing).",
        HelpName = "DIR",
    };

    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<ShardSpec?> _shard = CliSymbols.Shard();
    private readonly Option<string?> _report = new("--report")
    {
        Description = "Also write a self-contained HTML report (charts, works offline) to FILE, with or without --out.",
        HelpName = "FILE",
    };
    private readonly Option<Analysis.ConvergenceTarget?> _targetSe = ConvergenceSymbols.TargetSe();
    private readonly Option<int?> _maxReplications = ConvergenceSymbols.MaxReplications();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();
    private readonly Option<string?> _by = new("--by")
    {
        Description = "Also print the metrics per group (the scenario's groups:) or per region.",
        HelpName = "group|region",
    };

    public RunCommand(CliEnvironment environment)
        : base("run", "Run a scenario and print a summary table; with --out, also write summary.json, metrics.csv and series.csv.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_replications);
        Add(_seed);
        Add(_threads);
        Add(_out);
        Add(_set);
        Add(_setFile);
        Add(_report);
        Add(_shard);
        Add(_targetSe);
        Add(_maxReplications);
        _by.AcceptOnlyFromAmong(BreakdownTable.Choices);
        Add(_by);
        CliSymbols.ShardNeedsOut(this, _shard, _out);
        Validators.Add(result =>
        {
            if (result.GetResult(_shard) is not null && result.GetResult(_targetSe) is not null)
            {
                result.AddError("--shard and --target-se cannot be combined: a shard runs a fixed range of replications.");
            }
        });
        SetAction(InvokeAsync);
    }

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            var destinations = new RunDestinations(parseResult.GetValue(_out), parseResult.GetValue(_report));
            var shard = parseResult.GetValue(_shard);
            using var outputs = shard is { } k
                ? ReservedOutputs.Reserve(null, Path.Combine(destinations.Directory!, PartialResult.FileNameOf(k)))
                : destinations.Reserve();
            var scenario = ScenarioInput.Load(_environment, parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            if (scenario is null)
            {
                return ExitCodes.InvalidInput;
            }

            string? by = parseResult.GetValue(_by);
            if (by == "group" && scenario.Groups.Count == 0)
            {
                _environment.Error.WriteLine($"error: --by group needs groups, but scenario '{scenario.Name}' defines none (add a groups: block, or use --by region).");
                return ExitCodes.InvalidInput;
            }

            var options = new RunOptions
            {
                Replications = parseResult.GetValue(_replications),
                Seed = parseResult.GetValue(_seed),
                MaxDegreeOfParallelism = parseResult.GetValue(_threads),
            };

            if (parseResult.GetValue(_targetSe) is { } target)
            {
                return await TargetPrecisionRun.InvokeAsync(
                    _environment, scenario, options, target, parseResult.GetValue(_maxReplications),
                    destinations, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.GetValue(_maxReplications) is not null)
            {
                _environment.Error.WriteLine("error: --max-replications applies only with --target-se metric=value.");
                return ExitCodes.InvalidInput;
            }

            var runner = new ScenarioRunner();
            if (shard is { } spec)
            {
                return await RunShardAsync(runner, scenario, options, spec, destinations.Directory!, cancellationToken).ConfigureAwait(false);
            }

            // With uncertain parameters the attribution needs each replication's drawn values beside its
            // metrics: kept in the same pass as the summary.
            bool attribute = scenario.Uncertainties.Count > 0;
            var (result, metrics) = await RunProgressBar.RunAsync(
                _environment,
                progress => attribute
                    ? runner.RunWithReplicationMetrics(scenario, options, progress, cancellationToken)
                    : (runner.Run(scenario, options, progress, cancellationToken), null),
                cancellationToken).ConfigureAwait(false);

            // A Ctrl+C that lands after the last replication still means "leave no files".
            cancellationToken.ThrowIfCancellationRequested();

            RunSummaryTable.Write(_environment, result);
            if (by is not null)
            {
                BreakdownTable.Write(_environment, result, by);
            }

            var extraFiles = new List<(string FileName, Action<Stream> Write)> { (ScenarioJson.FileName, stream => ScenarioJson.Write(stream, scenario)) };
            IReadOnlyList<MetricAttribution> attribution = [];
            if (metrics is not null)
            {
                attribution = UncertaintyAttribution.Compute(metrics, UncertaintyAttribution.KeyMetrics);
                UncertaintyTable.Write(_environment, attribution, [.. scenario.Regions.Select(r => r.Id)]);
                extraFiles.Add((UncertaintyAttribution.CsvFileName, stream => UncertaintyAttribution.WriteCsv(stream, attribution)));
            }

            cancellationToken.ThrowIfCancellationRequested();
            destinations.Write(_environment, SummaryDocument.For(scenario, result), extraFiles, attribution, scenario);
            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    /// <summary>Runs one shard and writes its partial; no summary table or summary files, which would be mistaken for the run's result.</summary>
    private async Task<int> RunShardAsync(
        ScenarioRunner runner, Model.Scenario scenario, RunOptions options, ShardSpec shard, string directory, CancellationToken cancellationToken)
    {
        var partial = await RunProgressBar.RunAsync(
            _environment,
            progress => runner.RunShard(scenario, shard, options, progress, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        string path = Path.Combine(directory, PartialResult.FileNameOf(shard));
        partial.WriteTo(path);
        ShardNotice.Write(
            _environment, shard, $"'{scenario.Name}'", "replications",
            partial.Ranges.Select(r => (r.First, r.Count)).ToList(), partial.TotalReplications ?? 0, partial.Seed, path);
        return ExitCodes.Ok;
    }
}
