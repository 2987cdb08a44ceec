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
}
