using ScenarioSim.Results;

namespace ScenarioSim.Statistics;

/// <summary>
/// The Wilson score interval for a binomial proportion (Wilson, JASA 22, 1927), which keeps sensible
/// coverage near 0 and 1 where the normal (Wald) interval collapses to a point.
/// </summary>
internal static class WilsonInterval
{
    /// <summary>The proportion <paramref name="successes"/>/<paramref name="trials"/> with its 95% interval; NaN when there are no trials.</summary>
    public static Proportion Estimate(long successes, long trials)
    {
        if (trials == 0)
        {
            return new Proportion(0, 0, double.NaN, double.NaN, double.NaN);
        }

        double n = trials;
        double p = successes / n;
        double z2 = StandardNormal.Z975 * StandardNormal.Z975;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double halfWidth = StandardNormal.Z975 * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / denominator;

        // At 0 or n successes the bound is exactly 0 or 1; the formula would leave rounding residue.
        double low = successes == 0 ? 0 : Math.Max(0, centre - halfWidth);
        double high = successes == trials ? 1 : Math.Min(1, centre + halfWidth);
        return new Proportion(successes, trials, p, low, high);
    }
}
