using System.Globalization;

namespace ScenarioSim.Cli;

/// <summary>Number formats of the analysis tables: invariant culture, <c>-</c> for a missing value.</summary>
internal static class AnalysisFormat
{
    /// <summary>Up to four decimals for small values, whole numbers with separators for large ones.</summary>
    public static string Number(double value) =>
        !double.IsFinite(value) ? "-"
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A signed percent change with one decimal and its 95% interval, e.g. <c>+12.3% [+8.1%, +16.6%]</c>; <c>-</c> when undefined.</summary>
    public static string Change(double percent, double low, double high) =>
        !double.IsFinite(percent) ? "-"
        : double.IsFinite(low) ? $"{Signed(percent)} [{Signed(low)}, {Signed(high)}]"
        : Signed(percent);

    private static string Signed(double percent) => percent.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + "%";
}
