using System.CommandLine;
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
}
