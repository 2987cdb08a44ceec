using ScenarioSim.Statistics;

namespace ScenarioSim.Forecasting;

/// <summary>
/// The simple forecasts a model must beat (docs/forecasting.md): a constant-rate negative binomial
/// fitted to the training periods, and persistence (Poisson at the last horizon's rate). Both are
/// given as <c>n</c> evenly spaced quantiles, <c>F⁻¹((i + ½)/n)</c>, so they are scored exactly like
/// simulated samples and need no random numbers.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. The log-pmfs are <see cref="CountProbability"/>'s, the militia likelihood's own.
/// </remarks>
internal static class ConstantRateBaselines
{
    private const double MaxSize = 1e6;

    /// <summary>
    /// Daily counts iid NB(mean μ, size κ), so a period of L days is NB(Lμ, Lκ) (sizes add at a common
    /// p): μ̂ = Σy/ΣL exactly, κ̂ by maximising the profile likelihood over log κ (a grid, then golden
    /// section), capped at 10⁶ (the Poisson limit).
    /// </summary>
    /// <param name="periods">Training periods: length in days and total count.</param>
    /// <returns>The daily mean and size.</returns>
    public static (double Mean, double Size) FitNegativeBinomial(IReadOnlyList<(int Days, long Count)> periods)
    {
        double days = periods.Sum(p => (double)p.Days);
        double mean = periods.Sum(p => (double)p.Count) / days;
        if (mean == 0)
        {
            return (0, MaxSize);
        }

        double LogLikelihood(double logSize)
        {
            double size = Math.Exp(logSize);
            double total = 0;
            foreach (var (d, y) in periods)
            {
                total += CountProbability.NegativeBinomialLog(y, d * mean, d * size);
            }

            return total;
        }

        double lo = Math.Log(1e-3);
        double hi = Math.Log(MaxSize);
        const int grid = 60;
        int best = 0;
        double bestValue = double.NegativeInfinity;
        for (int i = 0; i <= grid; i++)
        {
            double value = LogLikelihood(lo + ((hi - lo) * i / grid));
            if (value > bestValue)
            {
                bestValue = value;
                best = i;
            }
        }

        double a = lo + ((hi - lo) * Math.Max(0, best - 1) / grid);
        double b = lo + ((hi - lo) * Math.Min(grid, best + 1) / grid);
        double ratio = (Math.Sqrt(5) - 1) / 2;
        for (int k = 0; k < 60; k++)
        {
            double c = b - (ratio * (b - a));
            double d = a + (ratio * (b - a));
            if (LogLikelihood(c) >= LogLikelihood(d))
            {
                b = d;
            }
            else
            {
                a = c;
            }
        }

        return (mean, Math.Exp((a + b) / 2));
    }

    /// <summary>Quantiles of NB(mean, size); a size of 10⁶ or more is taken as Poisson.</summary>
    public static double[] NegativeBinomialQuantiles(double mean, double size, int n) =>
        Quantiles(k => size >= MaxSize ? CountProbability.PoissonLog(k, mean) : CountProbability.NegativeBinomialLog(k, mean, size), mean, size >= MaxSize ? mean : mean + (mean * mean / size), n);

    /// <summary>Quantiles of Poisson(mean).</summary>
    public static double[] PoissonQuantiles(double mean, int n) => Quantiles(k => CountProbability.PoissonLog(k, mean), mean, mean, n);

    private static double[] Quantiles(Func<long, double> logPmf, double mean, double variance, int n)
    {
        var result = new double[n];
        if (mean <= 0)
        {
            return result;
        }

        long cap = (long)Math.Ceiling(mean + (40 * Math.Sqrt(variance)) + 50);
        double cumulative = 0;
        long k = 0;
        for (int i = 0; i < n; i++)
        {
            double level = (i + 0.5) / n;
            while (k < cap)
            {
                double next = cumulative + Math.Exp(logPmf(k));
                if (next >= level)
                {
                    break;
                }

                cumulative = next;
                k++;
            }

            result[i] = k;
        }

        return result;
    }
}
