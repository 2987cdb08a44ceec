using System.CommandLine;
using ScenarioSim.Analysis;
using ScenarioSim.Results;

namespace ScenarioSim.Cli;

/// <summary>
/// Options the analysis verbs (<c>compare</c>, <c>sweep</c>, <c>sensitivity</c>, and <c>run --target-se</c>)
/// share beyond the run flags of <see cref="CliSymbols"/>. Each call returns a new symbol.
/// </summary>
internal static class AnalysisSymbols
{
    /// <summary><c>--out DIR</c>: where to write the verb's files.</summary>
    public static Option<string?> Out(string files) =>
        new("--out", "-o")
        {
            Description = $"Directory to write {files} to (created if missing; files are written atomically).",
            HelpName = "DIR",
        };

    /// <summary><c>--param path=lo:hi[:steps]</c>, repeatable; the syntax is checked at parse time (exit 2).</summary>
    public static Option<ParameterRange[]> Param(bool stepsAllowed, string description) =>
        new("--param", "-p")
        {
            Description = description,
            HelpName = stepsAllowed ? "path=lo:hi[:steps]" : "path=lo:hi",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
            CustomParser = result =>
            {
                var ranges = new List<ParameterRange>(result.Tokens.Count);
                foreach (var token in result.Tokens)
                {
                    if (!ParameterRange.TryParse(token.Value, out var range, out string? error))
                    {
                        result.AddError(error);
                        return [];
                    }

                    if (!stepsAllowed && range.Steps is not null)
                    {
                        result.AddError($"--param {range.Path}: this verb takes path=lo:hi without steps, but was '{token.Value}'");
                        return [];
                    }

                    if (ranges.Exists(r => r.Path == range.Path))
                    {
                        result.AddError($"--param {range.Path} is given twice; each parameter may be varied once");
                        return [];
                    }

                    ranges.Add(range);
                }

                return [.. ranges];
            },
        };

    /// <summary><c>--metric NAME</c>: one of <see cref="MetricNames.All"/>.</summary>
    public static Option<string> Metric(string description, bool required) =>
        new("--metric", "-m")
        {
            Description = description,
            HelpName = "NAME",
            Required = required,
            CustomParser = result => ParseMetric(result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty, result.AddError),
        };

    /// <summary>The metric named <paramref name="text"/>, or an error listing the known metrics.</summary>
    public static string ParseMetric(string text, Action<string> addError)
    {
        if (MetricNames.All.Contains(text, StringComparer.Ordinal))
        {
            return text;
        }

        addError($"unknown metric '{text}'; known metrics: {string.Join(", ", MetricNames.All)}");
        return string.Empty;
    }
}
