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

    /// <summary>A probability as a percentage with one decimal, e.g. <c>58.3%</c>.</summary>
    public static string Percent(double value) =>
        !double.IsFinite(value) ? None : (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    /// <summary>A probability axis tick as a whole percentage.</summary>
    public static string PercentTick(double value) =>
        !double.IsFinite(value) ? None : (value * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A whole count with separators.</summary>
    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
