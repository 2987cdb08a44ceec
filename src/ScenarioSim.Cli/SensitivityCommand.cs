using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>scenariosim sensitivity SCENARIO.yaml --param path=lo:hi ... --metric NAME [--samples N] [--method sobol|morris]
/// [--sampling sobol|lhs] [--bootstrap B] [run flags] [--out DIR] [--shard K/N]</c>: global sensitivity of one metric's mean to
/// the parameters, as Sobol' indices (Saltelli design) or Morris elementary effects; prints a ranked
/// tornado table and, with <c>--out</c>, writes <c>sensitivity.json</c>. With <c>--shard K/N --out DIR</c> it
/// evaluates only shard K's design points and writes <c>DIR/sensitivity-K-of-N.partial.json</c> alone, for
/// <c>scenariosim merge</c>.
/// </summary>
internal sealed class SensitivityCommand : Command
{
    /// <summary>Replications per point when --replications is not given: each point needs a mean, not a full run.</summary>
    public const int DefaultReplications = 200;

    private const int SobolDefaultSamples = 256;
    private const int MorrisDefaultTrajectories = 20;

    private readonly CliEnvironment _environment;
    private readonly Argument<string> _scenario = CliSymbols.ScenarioFile();
    private readonly Option<ParameterRange[]> _param = AnalysisSymbols.Param(
        stepsAllowed: false,
        "A parameter and its range, path=lo:hi, sampled uniformly. Repeatable; at least one.");

    private readonly Option<string> _metric = AnalysisSymbols.Metric("The metric whose mean over the replications is analysed.", required: true);
    private readonly Option<int?> _samples = new("--samples")
    {
        Description = $"Sobol: base samples N, N·(k+2) runs (default {SobolDefaultSamples}; a power of two suits the sequence). Morris: trajectories r, r·(k+1) runs (default {MorrisDefaultTrajectories}).",
        HelpName = "N",
        CustomParser = result => PositiveInt(result, "--samples", 2),
    };

    private readonly Option<string> _method = Choice("--method", SobolSensitivity.MethodName, [SobolSensitivity.MethodName, MorrisScreening.MethodName], "sobol: first-order and total-effect indices; morris: elementary effects, cheaper.");
    private readonly Option<string> _sampling = Choice("--sampling", "sobol", ["sobol", "lhs"], "Base matrices of the Sobol design: the Sobol' sequence (up to 20 parameters) or a Latin hypercube.");
    private readonly Option<int?> _bootstrap = new("--bootstrap")
    {
        Description = "Bootstrap resamples for the 95% intervals (default 1000).",
        HelpName = "B",
        CustomParser = result => PositiveInt(result, "--bootstrap", 1),
    };

    private readonly Option<int?> _replications = CliSymbols.Replications();
    private readonly Option<ulong?> _seed = CliSymbols.Seed();
    private readonly Option<int?> _threads = CliSymbols.Threads();
    private readonly Option<string[]> _set = CliSymbols.Set();
    private readonly Option<string?> _setFile = OverrideSymbols.SetFile();
    private readonly Option<string?> _out = AnalysisSymbols.Out("sensitivity.json");
    private readonly Option<ShardSpec?> _shard = CliSymbols.Shard(
        "points [floor((K-1)P/N), floor(KP/N)) of the design's P model runs", SensitivityPartial.FileNameOf(new ShardSpec(1, 1)));

    public SensitivityCommand(CliEnvironment environment)
        : base("sensitivity", "Global sensitivity of a metric's mean to parameters: Sobol' indices (S1, ST) or Morris elementary effects, with bootstrap 95% CIs.")
    {
        _environment = environment;
        _replications.Description = $"Replications per point (at least 1). Default: {DefaultReplications}, whatever the scenario's run block says.";
        Add(_scenario);
        Add(_param);
        Add(_metric);
        Add(_samples);
        Add(_method);
        Add(_sampling);
        Add(_bootstrap);
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
                ? ReservedOutputs.Reserve(null, Path.Combine(parseResult.GetValue(_out)!, SensitivityPartial.FileNameOf(reserved)))
                : ReservedOutputs.Reserve(parseResult.GetValue(_out));
            var template = ScenarioTemplate.FromFile(parseResult.GetRequiredValue(_scenario), parseResult.GetValue(_set) ?? [], parseResult.GetValue(_setFile));
            var parameters = parseResult.GetValue(_param) ?? [];
            if (parameters.Length == 0)
            {
                _environment.Error.WriteLine($"error: sensitivity needs at least one --param path=lo:hi.");
                return ExitCodes.InvalidInput;
            }

            if (!AnalysisInput.Check(_environment, template, parameters))
            {
                return ExitCodes.InvalidInput;
            }

            int? threads = parseResult.GetValue(_threads);
            var response = new ScenarioResponse(
                template,
                parameters,
                parseResult.GetRequiredValue(_metric),
                new RunOptions { Replications = parseResult.GetValue(_replications) ?? DefaultReplications, Seed = parseResult.GetValue(_seed) });
            int bootstrap = parseResult.GetValue(_bootstrap) ?? 1000;
            string? directory = parseResult.GetValue(_out);

            var shard = parseResult.GetValue(_shard);
            if (parseResult.GetValue(_method) == MorrisScreening.MethodName)
            {
                var options = new MorrisOptions
                {
                    Trajectories = parseResult.GetValue(_samples) ?? MorrisDefaultTrajectories,
                    BootstrapResamples = bootstrap,
                    Seed = response.Seed,
                    MaxDegreeOfParallelism = threads,
                };
                if (shard is { } k)
                {
                    return await RunShardAsync(progress => response.RunShard(k, options, progress, cancellationToken), k, directory!, cancellationToken).ConfigureAwait(false);
                }

                var morris = await RunProgressBar.RunAsync(
                    _environment, progress => MorrisScreening.Analyze(parameters, response.Evaluate, options, progress, cancellationToken), cancellationToken, "runs").ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                SensitivityTables.WriteMorris(_environment, response.Stamp, morris);
                if (directory is not null)
                {
                    SensitivityOutput.Write(directory, response, morris);
                }
            }
            else
            {
                var options = new SobolOptions
                {
                    Samples = parseResult.GetValue(_samples) ?? SobolDefaultSamples,
                    BootstrapResamples = bootstrap,
                    Seed = response.Seed,
                    Sampling = parseResult.GetValue(_sampling) == "lhs" ? SensitivitySampling.LatinHypercube : SensitivitySampling.SobolSequence,
                    MaxDegreeOfParallelism = threads,
                };
                if (shard is { } k)
                {
                    return await RunShardAsync(progress => response.RunShard(k, options, progress, cancellationToken), k, directory!, cancellationToken).ConfigureAwait(false);
                }

                var sobol = await RunProgressBar.RunAsync(
                    _environment, progress => SobolSensitivity.Analyze(parameters, response.Evaluate, options, progress, cancellationToken), cancellationToken, "runs").ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                SensitivityTables.WriteSobol(_environment, response.Stamp, sobol);
                if (directory is not null)
                {
                    SensitivityOutput.Write(directory, response, sobol);
                }
            }

            if (directory is not null)
            {
                _environment.Out.WriteLine($"Wrote {SensitivityOutput.JsonFileName} to {directory}");
            }

            return ExitCodes.Ok;
        }
        catch (ArgumentException e) when (e.ParamName is "parameters" or "options")
        {
            _environment.Error.WriteLine($"error: {e.Message.Split(" (Parameter", 2)[0]}");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(_environment, e, cancellationToken);
        }
    }

    private Task<int> RunShardAsync(
        Func<IProgress<RunProgress>?, SensitivityPartial> run, ShardSpec shard, string directory, CancellationToken cancellationToken) =>
        AnalysisShardRun.RunAsync(
            _environment, run, shard, directory, SensitivityPartial.FileNameOf,
            partial => $"the {partial.Method} design of '{partial.ScenarioName}'", "runs", cancellationToken);

    private static Option<string> Choice(string name, string defaultValue, string[] choices, string description) =>
        new(name)
        {
            Description = $"{description} One of {string.Join(", ", choices)}.",
            HelpName = string.Join('|', choices),
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (choices.Contains(text, StringComparer.Ordinal))
                {
                    return text;
                }

                result.AddError($"{name} must be one of {string.Join(", ", choices)}, but was '{text}'.");
                return defaultValue;
            },
        };

    private static int? PositiveInt(ArgumentResult result, string option, int minimum)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= minimum)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{option} must be a whole number >= {minimum}, but was '{text}'."));
        return null;
    }
}
