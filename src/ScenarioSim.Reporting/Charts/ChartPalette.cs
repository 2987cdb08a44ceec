namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Colours for charts: the Okabe–Ito palette, which stays distinguishable under the common forms of
/// colour blindness (Okabe and Ito, "Color Universal Design", 2008). Charts never rely on colour
/// alone: legends and labels name every mark.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ChartPalette
{
    /// <summary>Blue, the main series colour.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Orange.</summary>
    public const string Orange = "#E69F00";

    /// <summary>Bluish green.</summary>
    public const string Green = "#009E73";

    /// <summary>Vermillion, used for key dates and reference marks.</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Reddish purple.</summary>
    public const string Purple = "#CC79A7";

    /// <summary>Sky blue.</summary>
    public const string SkyBlue = "#56B4E9";

    /// <summary>Text and axes.</summary>
    public const string Ink = "#222222";

    /// <summary>Grid lines.</summary>
    public const string Grid = "#DDDDDD";

    /// <summary>Secondary text.</summary>
    public const string Muted = "#666666";

    /// <summary>Series colours in the order they are used.</summary>
    public static IReadOnlyList<string> Series { get; } = [Blue, Orange, Green, Purple, SkyBlue, Vermillion];

    /// <summary>The colour of the series at <paramref name="index"/>, cycling through <see cref="Series"/>.</summary>
    /// <param name="index">A zero-based series index.</param>
    /// <returns>A hex colour.</returns>
    public static string ForSeries(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];
}
