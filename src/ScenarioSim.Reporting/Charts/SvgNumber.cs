using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>Formats numbers for SVG attributes and path data: invariant culture, at most two decimals, no exponent.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SvgNumber
{
    /// <summary>Formats <paramref name="value"/>, e.g. <c>12.35</c>, <c>-3</c>, <c>0</c>.</summary>
    /// <param name="value">A finite number; NaN and infinities are written as 0 so the markup stays valid.</param>
    /// <returns>The text.</returns>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            return "0";
        }

        double rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
