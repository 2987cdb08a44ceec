namespace ScenarioSim.Randomness;

/// <summary>Exact binomial variates by inversion. Placeholder until the fast sampler lands.</summary>
internal static class BinomialSampler
{
    /// <summary>A Binomial(<paramref name="n"/>, <paramref name="p"/>) variate.</summary>
    public static long Sample(ref Xoshiro256StarStar rng, long n, double p)
    {
        if (n <= 0 || p <= 0)
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        double u = rng.NextDouble();
        double q = 1 - p;
        double pk = Math.Exp(n * Math.Log(q));
        double cumulative = pk;
        long k = 0;
        while (u >= cumulative && k < n && pk > 0)
        {
            pk *= (n - k) / (k + 1.0) * (p / q);
            k++;
            cumulative += pk;
        }

        return k;
    }
}
