using System.CommandLine;
using System.Globalization;
using ScenarioSim.Analysis;

namespace ScenarioSim.Cli;

/// <summary>The options <c>run</c> gains for batched runs to a target precision (<see cref="TargetPrecisionRun"/>).</summary>
internal static class ConvergenceSymbols
{
    /// <summary><c>--target-se metric=value</c>.</summary>
    public static Option<ConvergenceTarget?> TargetSe() =>
        new("--target-se")
        {
            Description = $"Run in batches until the metric's Monte Carlo standard error is below value, e.g. militia_attacks_total=2. --replications then sets the batch size (default {ConvergenceOptions.DefaultBatchSize}).",
            HelpName = "metric=value",
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (ConvergenceTarget.TryParse(text, out var target, out string? error))
                {
                    return target;
                }

                result.AddError(error);
                return null;
            },
        };

    /// <summary><c>--max-replications M</c>.</summary>
    public static Option<int?> MaxReplications() =>
        new("--max-replications")
        {
            Description = string.Create(CultureInfo.InvariantCulture, $"With --target-se: the most replications to run (default {ConvergenceOptions.DefaultMaxReplications}).") ,
            HelpName = "M",
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 1)
                {
                    return value;
                }

                result.AddError($"--max-replications must be a whole number >= 1, but was '{text}'.");
                return null;
            },
        };
}
