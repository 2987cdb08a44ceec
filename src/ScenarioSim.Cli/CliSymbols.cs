using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ScenarioSim.Engine;

namespace ScenarioSim.Cli;

/// <summary>
/// The arguments and options the verbs share. Each call returns a new symbol, since a symbol belongs to
/// one command. Numbers are parsed in the invariant culture with messages that name the option, the
/// value and what is allowed.
/// </summary>
internal static class CliSymbols
{
    /// <summary>The scenario file argument; a file that does not exist is a usage error.</summary>
    public static Argument<string> ScenarioFile()
    {
        var argument = new Argument<string>("SCENARIO")
        {
            Description = "The scenario YAML file.",
        };
        argument.Validators.Add(result =>
        {
            string? path = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
            if (path is not null && !File.Exists(path))
            {
                result.AddError($"Scenario file '{path}' does not exist.");
            }
        });
        return argument;
    }

    /// <summary><c>--set path=value</c>, repeatable: overrides a numeric parameter of the scenario.</summary>
    public static Option<string[]> Set() =>
        new("--set")
        {
            Description = "Override a numeric parameter, e.g. --set isis.recruitment_rate=0.0012 or --set regions.anbar.militia.base_rate=0.3. Repeatable.",
            HelpName = "path=value",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
        };

    /// <summary><c>--seed S</c>: a non-negative integer.</summary>
    public static Option<ulong?> Seed() =>
        new("--seed")
        {
            Description = "Random seed (a non-negative integer). Default: the scenario's run.seed, else 1.",
            HelpName = "S",
            CustomParser = result => ParseUInt64(result, "--seed"),
        };

    /// <summary><c>--replications N</c>: at least 1.</summary>
    public static Option<int?> Replications() =>
        new("--replications", "-n")
        {
            Description = "Replications to run (at least 1). Default: the scenario's run.replications, else 10000.",
            HelpName = "N",
            CustomParser = result => ParseInt32(result, "--replications", minimum: 1),
        };

    /// <summary><c>--threads T</c>: at least 1.</summary>
    public static Option<int?> Threads() =>
        new("--threads", "-t")
        {
            Description = "Worker threads (at least 1). Default: every core. Results do not depend on it.",
            HelpName = "T",
            CustomParser = result => ParseInt32(result, "--threads", minimum: 1),
        };

    /// <summary><c>--replication K</c>: the zero-based replication to trace, required.</summary>
    public static Option<int> Replication() =>
        new("--replication", "-k")
        {
            Description = "Zero-based index of the replication to trace.",
            HelpName = "K",
            Required = true,
            CustomParser = result => ParseInt32(result, "--replication", minimum: 0) ?? 0,
        };

    /// <summary><c>--shard K/N</c>: run shard K (1-based) of N of a run's replications and write a partial result.</summary>
    public static Option<ShardSpec?> Shard() =>
        Shard("replications [floor((K-1)R/N), floor(KR/N)) of the run's R", PartialResult.FileNameOf(new ShardSpec(1, 1)));

    /// <summary>
    /// <c>--shard K/N</c>: run shard K (1-based) of N of the verb's items, described by <paramref name="items"/>,
    /// and write the partial named like <paramref name="exampleFile"/> (shard 1/1's file name).
    /// </summary>
    public static Option<ShardSpec?> Shard(string items, string exampleFile) =>
        new("--shard")
        {
            Description = $"Run only shard K of N (1 <= K <= N): {items}, "
                + $"and write DIR/{exampleFile.Replace("-1-of-1.", "-K-of-N.", StringComparison.Ordinal)} for 'scenariosim merge'. Needs --out.",
            HelpName = "K/N",
            CustomParser = result =>
            {
                string text = SingleToken(result);
                if (ShardSpec.TryParse(text, out var shard, out string? problem))
                {
                    return shard;
                }

                result.AddError($"--shard '{text}' is not a valid shard: {problem}.");
                return null;
            },
        };

    /// <summary>Makes <c>--shard</c> without <c>--out</c> a usage error of <paramref name="command"/> (exit code 2).</summary>
    public static void ShardNeedsOut(Command command, Option<ShardSpec?> shard, Option<string?> output) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(shard) is not null && result.GetResult(output) is null)
            {
                result.AddError("--shard needs --out DIR: a shard writes its partial result there for 'scenariosim merge'.");
            }
        });

    private static int? ParseInt32(ArgumentResult result, string option, int minimum)
    {
        string text = SingleToken(result);
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            result.AddError($"{option} must be an integer >= {minimum.ToString(CultureInfo.InvariantCulture)}, but was '{text}'.");
            return null;
        }

        if (value < minimum)
        {
            result.AddError($"{option} must be >= {minimum.ToString(CultureInfo.InvariantCulture)}, but was {value.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return value;
    }

    private static ulong? ParseUInt64(ArgumentResult result, string option)
    {
        string text = SingleToken(result);
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
        {
            result.AddError($"{option} must be an integer from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}, but was '{text}'.");
            return null;
        }

        return value;
    }

    private static string SingleToken(ArgumentResult result) =>
        result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
}
