using System.CommandLine;
using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim sweep SCENARIO.yaml --param path=lo:hi:steps ... [--lhs N | --nolh [--stack K]] [--metric NAME]... [run flags] [--out DIR] [--shard K/N]</c>:
/// runs the scenario at every point of a full grid (or of a Latin hypercube with <c>--lhs N</c>, or a
/// nearly orthogonal one with <c>--nolh</c>, then <c>--param path=lo:hi</c>), with the same seed at every point; prints a table per metric and, with
/// <c>--out</c>, writes the tidy <c>sweep.csv</c>. With <c>--shard K/N --out DIR</c> it runs only shard K's
/// points and writes <c>DIR/sweep-K-of-N.partial.json</c> alone, for <c>scenariosim merge</c>.
/// </summary>
internal sealed class SweepCommand : Command
{
    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<ParameterRange[]> _param = AnalysisSymbols.Param(
        stepsAllowed: true,
        "A parameter to vary, as an override path with its range: path=lo:hi:steps for a grid (both ends included), path=lo:hi with --lhs. Repeatable; the grid is the full product.");

    private readonly Option<int?> _lhs = new("--lhs")
    {
        Description = "Sample N points by Latin hypercube over the --param ranges instead of a full grid.",
        HelpName = "N",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1)
            {
                return n;
            }

            result.AddError($"--lhs must be a whole number >= 1, but was '{text}'.");
            return null;
        },
    };

    private readonly Option<bool> _nolh = new("--nolh")
    {
        Description = "Run a nearly orthogonal Latin hypercube over the --param ranges (path=lo:hi): 17, 33, 65, 129 or 257 points for up to 7, 11, 16, 22 or 29 parameters, every pairwise correlation within 0.03.",
    };

    private readonly Option<int?> _stack = new("--stack")
    {
        Description = "With --nolh: stack K designs of that size (K times the points), each from its own search.",
        HelpName = "K",
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && k is >= 1 and <= NearlyOrthogonalLatinHypercube.MaxStack)
            {
                return k;
            }

            result.AddError($"--stack must be a whole number from 1 to {NearlyOrthogonalLatinHypercube.MaxStack}, but was '{text}'.");
            return null;
        },
    };

    private readonly Option<string[]> _metrics = new("--metric", "-m")
    {
        Description = "A metric to show on the console (repeatable; default: every metric). sweep.csv always holds every metric.",
        HelpName = "NAME",
        DefaultValueFactory = _ => [],
        CustomParser = result => [.. result.Tokens.Select(t => AnalysisSymbols.ParseMetric(t.Value, result.AddError))],
    };

    private readonly Option<int?> _replications = CliSymbols.Replications();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<int?> _threads = CliSymbols.Threads();
    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();
    private readonly Option<string?> _out = AnalysisSymbols.Out("sweep.csv");
    private readonly Option<ShardSpec?> _shard = CliSymbols.Shard(
        "points [floor((K-1)P/N), floor(KP/N)) of the sweep's P", SweepPartial.FileNameOf(new ShardSpec(1, 1)));

    public SweepCommand(CliEnvironment environment)
        : base("sweep", "Run a scenario over a grid (or Latin hypercube) of parameter values, the same seed at every point; one row per point.")
    {
        _environment = environment;
        Add(_scenario);
        Add(_param);
        Add(_lhs);
        Add(_nolh);
        Add(_stack);
        Add(_metrics);
        Add(_replications);
        Add(_seed);
        Add(_threads);
        Add(_set);
        Add(_setFile);
        Add(_out);
        Add(_shard);
        CliSymbols.ShardNeedsOut(this, _shard, _out);
        SetAction(InvokeAsync);
    }

    private async Task<int> InvokeAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        try
        {
            using var outputs = parseResult.GetValue(_shard) is { } reserved
                ? ReservedOutputs.Reserve(null, Path.Combine(parseResult.GetValue(_out)!, SweepPartial.FileNameOf(reserved)))
                : ReservedOutputs.Reserve(parseResult.GetValue(_out));
            var template = ScenarioTemplate.FromFile(parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            var parameters = parseResult.GetValue(_param) ?? [];
            bool nolh = parseResult.GetValue(_nolh);
            if (DesignProblem(parameters, lhs: parseResult.GetValue(_lhs) is not null, nolh, stack: parseResult.GetValue(_stack) is not null) is { } problem)
            {
                _environment.Error.WriteLine($"error: {problem}");
                return ExitCodes.InvalidInput;
            }

            double designPoints = parseResult.GetValue(_lhs) is { } requested
                ? requested
                : parameters.Aggregate(1.0, (product, p) => product * (p.Steps ?? 1));
            if (!AnalysisInput.CheckDesignSize(_environment, parseResult.GetValue(_lhs) is null ? "the grid of --param steps" : "--lhs", designPoints) ||
                !AnalysisInput.Check(_environment, template, parameters))
            {
                return ExitCodes.InvalidInput;
            }

            var options = new RunOptions
            {
                Replications = parseResult.GetValue(_replications),
                Seed = parseResult.GetValue(_seed),
                MaxDegreeOfParallelism = parseResult.GetValue(_threads),
            };

            var resolved = ParameterSweep.ResolveOptions(template, options);
            var (points, design) = parseResult.GetValue(_lhs) is { } n
                ? (ParameterSweep.LatinHypercube(parameters, n, resolved.Seed!.Value, cancellationToken), ParameterSweep.LatinHypercubeDesign)
                : nolh
                    ? (ParameterSweep.NearlyOrthogonal(parameters, parseResult.GetValue(_stack) ?? 1), ParameterSweep.NearlyOrthogonalDesign)
                    : (ParameterSweep.Grid(parameters, cancellationToken), ParameterSweep.GridDesign);

            if (parseResult.GetValue(_shard) is { } shard)
            {
                return await AnalysisShardRun.RunAsync(
                    _environment,
                    progress => ParameterSweep.RunShard(template, parameters, points, design, shard, resolved, progress, cancellationToken, monthlySeries: false),
                    shard,
                    parseResult.GetRequiredValue(_out)!,
                    SweepPartial.FileNameOf,
                    partial => $"the sweep of '{partial.ScenarioName}'",
                    "points",
                    cancellationToken).ConfigureAwait(false);
            }

            var sweep = await RunProgressBar.RunAsync(
                _environment,
                // ParameterSweep.Run, without the points' monthly series by region, which nothing here reads.
                progress => ParameterSweep.RunShard(template, parameters, points, design, new ShardSpec(1, 1), resolved, progress, cancellationToken, monthlySeries: false).ToResult(),
                cancellationToken,
                "points").ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();

            string[] shown = parseResult.GetValue(_metrics) is { Length: > 0 } chosen ? chosen : [.. MetricNames.All];
            SweepTables.Write(_environment, sweep, shown);
            if (parseResult.GetValue(_out) is { } directory)
            {
                SweepOutput.Write(directory, sweep);
                _environment.Out.WriteLine($"Wrote {SweepOutput.CsvFileName} and {SweepOutput.JsonFileName} to {directory}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    /// <summary>What is wrong with the combination of --param, --lhs, --nolh and --stack, or null.</summary>
    private static string? DesignProblem(IReadOnlyList<ParameterRange> parameters, bool lhs, bool nolh, bool stack) =>
        parameters.Count == 0 ? $"sweep needs at least one --param {ParameterRange.Syntax}."
        : lhs && nolh ? "--lhs and --nolh are two designs: choose one."
        : stack && !nolh ? "--stack stacks nearly orthogonal Latin hypercubes: it needs --nolh."
        : nolh && parameters.Count > NearlyOrthogonalLatinHypercube.MaxFactors
            ? $"--nolh takes at most {NearlyOrthogonalLatinHypercube.MaxFactors} parameters, but {parameters.Count} were given; screen them first (sensitivity --method morris) or sample with --lhs N."
        : !lhs && !nolh && parameters.FirstOrDefault(p => p.Steps is null) is { } missing
            ? $"--param {missing.Path}: a grid sweep needs steps (path=lo:hi:steps), or sample with --lhs N or --nolh."
        : (lhs || nolh) && parameters.FirstOrDefault(p => p.Steps is not null) is { } stepped
            ? $"--param {stepped.Path}: with {(lhs ? "--lhs" : "--nolh")} give path=lo:hi without steps."
        : null;
}
