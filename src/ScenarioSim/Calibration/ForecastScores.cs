using ScenarioSim.Statistics;

namespace ScenarioSim.Calibration;

/// <summary>
/// Proper scores for forecasts given as simulated samples (Gneiting and Raftery, 2007): the
/// continuous ranked probability score, the interval score of central prediction intervals, and the
/// Brier score of a threshold event. Pure functions; lower is better for every score.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ForecastScores
{
    /// <summary>
    /// The sample CRPS: <c>(1/N)Σ|x_i − y| − (1/2N²)Σ_iΣ_j|x_i − x_j|</c>, the CRPS of the samples'
    /// empirical distribution. The double sum is computed from the sorted samples as
    /// <c>(2/N²)Σ_i (2i − N − 1)·x_(i)</c> (1-based i), so the cost is one sort.
    /// </summary>
    /// <param name="samples">Simulated values; at least one.</param>
    /// <param name="observed">The observed value.</param>
    /// <returns>The score, in the units of the forecast.</returns>
    public static double Crps(IReadOnlyList<double> samples, double observed)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        var sorted = samples.Order().ToArray();
        int n = sorted.Length;
        double absolute = 0;
        double spread = 0;
        for (int i = 0; i < n; i++)
        {
            absolute += Math.Abs(sorted[i] - observed);
            spread += ((2.0 * (i + 1)) - n - 1) * sorted[i];
        }

        return (absolute / n) - (spread / ((double)n * n));
    }

    /// <summary>
    /// The interval score of the central <c>(1 − α)</c> interval [l, u]:
    /// <c>(u − l) + (2/α)(l − y)·1{y &lt; l} + (2/α)(y − u)·1{y &gt; u}</c>.
    /// </summary>
    /// <param name="lower">The interval's lower end.</param>
    /// <param name="upper">The interval's upper end.</param>
    /// <param name="observed">The observed value.</param>
    /// <param name="alpha">One minus the nominal coverage, e.g. 0.1 for a 90% interval.</param>
    /// <returns>The score.</returns>
    public static double IntervalScore(double lower, double upper, double observed, double alpha)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(alpha);
        double score = upper - lower;
        if (observed < lower)
        {
            score += 2 / alpha * (lower - observed);
        }
        else if (observed > upper)
        {
            score += 2 / alpha * (observed - upper);
        }

        return score;
    }

    /// <summary>The Brier score <c>(p − o)²</c> of probability <paramref name="probability"/> for an event that did (<paramref name="occurred"/>) or did not happen.</summary>
    /// <param name="probability">The forecast probability.</param>
    /// <param name="occurred">Whether the event happened.</param>
    /// <returns>The score, from 0 to 1.</returns>
    public static double Brier(double probability, bool occurred)
    {
        double outcome = occurred ? 1 : 0;
        return (probability - outcome) * (probability - outcome);
    }

    /// <summary>The p-quantile of sorted values by linear interpolation between order statistics (Hyndman–Fan type 7, as everywhere in the library).</summary>
    /// <param name="sorted">Values in ascending order; at least one.</param>
    /// <param name="p">The probability, from 0 to 1.</param>
    /// <returns>The quantile.</returns>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        return Type7Quantile.OfSorted(sorted, p);
    }
}
