namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Chooses "nice" axis ticks: steps of 1, 2 or 5 times a power of ten, about as many as asked for,
/// with the axis widened to whole steps so that it covers the data. Works for any finite domain,
/// including negative ones; a degenerate domain (one value) is widened around that value, and an
/// empty or non-finite one becomes [0, 1].
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class NiceTicks
{
    /// <summary>The tick count aimed at when none is given.</summary>
    public const int DefaultTargetCount = 5;

    // Guards floor/ceil against binary noise such as 0.6 / 0.2 = 2.9999999999999996.
    private const double Slack = 1e-9;

    /// <summary>Chooses ticks covering <c>[min, max]</c>.</summary>
    /// <param name="min">The data's smallest value.</param>
    /// <param name="max">The data's largest value; swapped with <paramref name="min"/> if smaller.</param>
    /// <param name="targetCount">About how many intervals to aim for, at least 1.</param>
    /// <returns>The ticks.</returns>
    public static TickSet Choose(double min, double max, int targetCount = DefaultTargetCount)
    {
        targetCount = Math.Max(1, targetCount);
        (min, max) = Normalise(min, max);

        double step = NiceStep((max - min) / targetCount);
        double first = Math.Floor((min / step) + Slack);
        double last = Math.Ceiling((max / step) - Slack);
        if (last <= first)
        {
            last = first + 1;
        }

        int decimals = TickSet.DecimalsFor(step);
        var values = new List<double>((int)(last - first) + 1);
        for (double i = first; i <= last; i++)
        {
            double value = Math.Round(i * step, decimals);
            values.Add(value == 0 ? 0 : value);
        }

        return new TickSet(values[0], values[^1], step, values);
    }

    /// <summary>The 1-2-5 step nearest to <paramref name="rough"/> on a logarithmic scale.</summary>
    /// <param name="rough">A positive spacing.</param>
    /// <returns>1, 2 or 5 times a power of ten.</returns>
    public static double NiceStep(double rough)
    {
        if (!(rough > 0) || !double.IsFinite(rough))
        {
            return 1;
        }

        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        double fraction = rough / magnitude;
        // Boundaries at the geometric means of neighbouring steps: √2, √10, √50.
        double nice = fraction < 1.4142 ? 1 : fraction < 3.1623 ? 2 : fraction < 7.0711 ? 5 : 10;
        return nice * magnitude;
    }

    private static (double Min, double Max) Normalise(double min, double max)
    {
        bool minFinite = double.IsFinite(min);
        bool maxFinite = double.IsFinite(max);
        if (!minFinite && !maxFinite)
        {
            return (0, 1);
        }

        if (!minFinite)
        {
            min = max;
        }
        else if (!maxFinite)
        {
            max = min;
        }

        if (min > max)
        {
            (min, max) = (max, min);
        }

        if (min == max)
        {
            // One value: a band of ±10% around it, or [0, 1] for zero, so the axis still reads.
            if (min == 0)
            {
                return (0, 1);
            }

            double pad = Math.Abs(min) * 0.1;
            return (min - pad, max + pad);
        }

        return (min, max);
    }
}
