using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace ScenarioSim.Cli;

/// <summary>The options of <c>forecast</c> and of <c>backtest --rolling</c>.</summary>
internal static class ForecastSymbols
{
    /// <summary><c>--origin DATE</c>: the last observed day to condition on.</summary>
    public static Option<string?> Origin() =>
        new("--origin")
        {
            Description = "The last observed day to condition on (yyyy-MM-dd, the last day of a row); the forecast starts the day after. Default: the last observed day.",
            HelpName = "DATE",
        };

    /// <summary>Parses an <c>--origin</c> value; writes the error and returns false when it is not an ISO date.</summary>
    public static bool TryParseOrigin(CliEnvironment environment, string? text, out DateOnly? origin)
    {
        origin = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            origin = date;
            return true;
        }

        environment.Error.WriteLine($"error: --origin must be a date yyyy-MM-dd, but was '{text}'.");
        return false;
    }

    /// <summary>A whole number of days, at least 1.</summary>
    public static Option<int?> Days(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "DAYS" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1 and var days)
            {
                result.AddError($"{name} must be >= 1, but was {days}.");
            }
        });
        return option;
    }

    /// <summary><c>--fit PATH[=lo:hi]</c> for <c>backtest --rolling --refit</c>: optional, repeatable.</summary>
    public static Option<string[]> Refit()
    {
        var option = CalibrationSymbols.Fit();
        option.Required = false;
        option.Description = "With --rolling --refit: a parameter to refit on each training window, as for calibrate (repeatable).";
        return option;
    }

    /// <summary>The rules tying the rolling options together: they need <c>--rolling</c>, which needs <c>--every</c> and <c>--horizon</c>; <c>--refit</c> and <c>--fit</c> go together.</summary>
    public static Action<CommandResult> RollingRules(
        Option<bool> rolling, Option<int?> every, Option<int?> horizon, Option<int?> minTrain, Option<bool> refit, Option<string[]> fit, Option<long[]> threshold, Option<int?> threads) =>
        result =>
        {
            bool isRolling = result.GetValue(rolling);
            if (isRolling)
            {
                if (result.GetResult(every) is null || result.GetResult(horizon) is null)
                {
                    result.AddError("--rolling needs --every DAYS and --horizon DAYS.");
                }

                if (result.GetResult(threshold) is not null)
                {
                    result.AddError("--threshold applies to the row-by-row backtest, not to --rolling.");
                }
            }
            else
            {
                foreach (var (option, name) in new (Option, string)[] { (every, "--every"), (horizon, "--horizon"), (minTrain, "--min-train"), (refit, "--refit"), (fit, "--fit"), (threads, "--threads") })
                {
                    if (result.GetResult(option) is not null)
                    {
                        result.AddError($"{name} applies only with --rolling.");
                    }
                }
            }

            if (result.GetValue(refit) && (result.GetValue(fit) ?? []).Length == 0)
            {
                result.AddError("--refit needs the parameters to refit: --fit PATH[=lo:hi]...");
            }

            if (!result.GetValue(refit) && (result.GetValue(fit) ?? []).Length > 0 && isRolling)
            {
                result.AddError("--fit applies only with --refit.");
            }
        };
}
