namespace ScenarioSim.Randomness;

/// <summary>Exact Poisson variates by inversion (sequential search). Placeholder until the fast sampler lands.</summary>
internal static class PoissonSampler
{
    /// <summary>A Poisson(<paramref name="mean"/>) variate; 0 when the mean is not positive.</summary>
    public static long Sample(ref Xoshiro256StarStar rng, double mean)
    {
        if (!(mean > 0))
        {
            return 0;
        }

        double u = rng.NextDouble();
        double p = Math.Exp(-mean);
        double cumulative = p;
        long k = 0;
        while (u >= cumulative && p > 0)
        {
            k++;
            p *= mean / k;
            cumulative += p;
        }

        return k;
    }
}
