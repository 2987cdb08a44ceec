using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using ScenarioSim.Calibration;

namespace ScenarioSim.Cli;

/// <summary>The options of <c>calibrate</c> and <c>backtest</c>.</summary>
internal static class CalibrationSymbols
{
    /// <summary><c>--data FILE</c>: the observed-events CSV, required.</summary>
    public static Option<string> Data(string description) =>
        new("--data", "-d")
        {
            Description = description,
            HelpName = "FILE",
            Required = true,
        };

    /// <summary><c>--fit PATH[=lo:hi]</c>, repeatable and required.</summary>
    public static Option<string[]> Fit() =>
        new("--fit")
        {
            Description = "A parameter to fit, with optional bounds: e.g. --fit regions.syria.militia.base_rate or --fit militia.hawkes.alpha=0:0.04. "
                + "regions.*.militia.base_rate is one shared multiplier on every militia region's rate not fitted by name. Repeatable.",
            HelpName = "PATH[=lo:hi]",
            AllowMultipleArgumentsPerToken = false,
            Required = true,
        };

    /// <summary><c>--observation poisson|negbin|auto</c>.</summary>
    public static Option<string> Observation()
    {
        var option = new Option<string>("--observation")
        {
            Description = "Militia count distribution: poisson (as the engine simulates; default), negbin (gamma-Poisson), or auto (both, lower AIC kept).",
            HelpName = "poisson|negbin|auto",
            DefaultValueFactory = _ => "poisson",
        };
        option.Validators.Add(result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "poisson";
            if (text is not ("poisson" or "negbin" or "auto"))
            {
                result.AddError($"--observation must be poisson, negbin or auto, but was '{text}'.");
            }
        });
        return option;
    }

    /// <summary>The model an <c>--observation</c> value names; <see langword="null"/> for <c>auto</c>.</summary>
    public static ObservationModel? ObservationModelOf(string? text) => text switch
    {
        "negbin" => ObservationModel.NegativeBinomial,
        "auto" => null,
        _ => ObservationModel.Poisson,
    };

    /// <summary><c>--threshold K</c>, repeatable: Brier-scored events count ≥ K.</summary>
    public static Option<long[]> Threshold() =>
        new("--threshold")
        {
            Description = "Score the event 'count >= K' with the Brier score; repeatable. Default: 1 and 10.",
            HelpName = "K",
            AllowMultipleArgumentsPerToken = false,
            DefaultValueFactory = _ => [],
            CustomParser = ParseThresholds,
        };

    /// <summary><c>--replications N</c> with a calibration default.</summary>
    public static Option<int> Replications(int defaultValue, string description) =>
        new("--replications", "-n")
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
            CustomParser = result =>
            {
                string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= 2)
                {
                    return value;
                }

                result.AddError($"--replications must be an integer >= 2, but was '{text}'.");
                return defaultValue;
            },
        };

    private static long[] ParseThresholds(ArgumentResult result)
    {
        var values = new List<long>();
        foreach (var token in result.Tokens)
        {
            if (long.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out long k) && k >= 1)
            {
                values.Add(k);
            }
            else
            {
                result.AddError($"--threshold must be a whole number >= 1, but was '{token.Value}'.");
            }
        }

        return values.ToArray();
    }
}
