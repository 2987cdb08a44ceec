namespace ScenarioSim.Cli;

/// <summary>
/// A one-line text chart of a series with the eight block characters ▁▂▃▄▅▆▇█, scaled from the
/// series' smallest to its largest value. A constant series is drawn at mid height (at the bottom when
/// it is zero); a NaN value is a space.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Sparkline
{
    /// <summary>The levels, lowest first.</summary>
    public const string Levels = "▁▂▃▄▅▆▇█";

    /// <summary>Draws <paramref name="values"/>, one character each.</summary>
    /// <param name="values">The series in order.</param>
    /// <returns>The sparkline.</returns>
    public static string Render(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return new string(' ', values.Count);
        }

        double min = finite.Min();
        double max = finite.Max();
        var line = new char[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            double value = values[i];
            line[i] = !double.IsFinite(value) ? ' '
                : max == min ? (max == 0 ? Levels[0] : Levels[3])
                : Levels[(int)Math.Round((value - min) / (max - min) * (Levels.Length - 1))];
        }

        return new string(line);
    }
}
