using System.Globalization;

namespace ScenarioSim.Reporting;

/// <summary>Numbers as the report's text shows them, in the invariant culture.</summary>
internal static class ReportNumber
{
    /// <summary>Shown for NaN: no value.</summary>
    public const string None = "–";

    /// <summary>Whole numbers with separators from 1,000, else up to two decimals.</summary>
    public static string Format(double value) =>
        !double.IsFinite(value) ? None
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Up to three significant decimals for small differences and indices.</summary>
    public static string Precise(double value) =>
        !double.IsFinite(value) ? None
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("0.#", CultureInfo.InvariantCulture)
        : value.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>
    /// A probability as a percentage with one decimal, e.g. <c>58.3%</c>; a value that one decimal would
    /// show as 0% but is not zero keeps two significant digits (<c>0.0037%</c>, the upper Wilson bound
    /// after 100,000 replications without the event).
    /// </summary>
    public static string Percent(double value)
    {
        if (!double.IsFinite(value))
        {
            return None;
        }

        double percent = value * 100;
        if (percent > 0 && percent < 0.05)
        {
            int decimals = Math.Min(15, 1 - (int)Math.Floor(Math.Log10(percent)));
            return percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%";
        }

        return percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A probability axis tick as a whole percentage.</summary>
    public static string PercentTick(double value) =>
        !double.IsFinite(value) ? None : (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A signed percent change with one decimal, e.g. <c>+12.3%</c> or <c>−4%</c>.</summary>
    public static string Change(double percent) =>
        !double.IsFinite(percent) ? None
        : (percent > 0 ? "+" : percent < 0 ? "−" : string.Empty) + Math.Abs(percent).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A percent change with its interval, e.g. <c>+12.3% [+8.1%, +16.6%]</c>; <see cref="None"/> when undefined.</summary>
    public static string ChangeWithInterval(double percent, double low, double high) =>
        !double.IsFinite(percent) ? None
        : double.IsFinite(low) ? $"{Change(percent)} [{Change(low)}, {Change(high)}]"
        : Change(percent);

    /// <summary>A whole count with separators.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
