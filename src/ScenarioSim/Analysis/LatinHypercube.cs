using ScenarioSim.Randomness;

namespace ScenarioSim.Analysis;

/// <summary>
/// Latin hypercube sampling (McKay, Beckman and Conover, 1979): in each dimension the unit interval is
/// cut into n equal strata, a random permutation assigns one stratum to each point, and the point is
/// placed uniformly at random inside its stratum. Every one-dimensional projection is thus stratified
/// exactly once per stratum, which covers each parameter's range far more evenly than n independent
/// draws.
/// </summary>
/// <remarks>Stateless and thread-safe. Draws come from the stream keyed by the seed and <c>analysis/latin-hypercube</c>.</remarks>
internal static class LatinHypercube
{
    /// <summary>Draws a design of <paramref name="points"/> points in <paramref name="dimensions"/> dimensions.</summary>
    /// <param name="points">Points, and strata per dimension (≥ 1).</param>
    /// <param name="dimensions">Dimensions (≥ 1).</param>
    /// <param name="seed">The seed; the same seed gives the same design.</param>
    /// <param name="cancellationToken">Stops drawing a large design.</param>
    /// <returns>The design.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static LatinHypercubeDesign Sample(int points, int dimensions, ulong seed, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var rng = AnalysisStreams.Create(seed, AnalysisStreams.LatinHypercube);
        var unit = new double[points][];
        var strata = new int[points][];
        for (int i = 0; i < points; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            unit[i] = new double[dimensions];
            strata[i] = new int[dimensions];
        }

        var permutation = new int[points];
        for (int d = 0; d < dimensions; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Shuffle(ref rng, permutation);
            for (int i = 0; i < points; i++)
            {
                int stratum = permutation[i];
                strata[i][d] = stratum;
                unit[i][d] = InStratum(stratum, points, rng.NextDouble());
            }
        }

        return new LatinHypercubeDesign(unit, strata, dimensions);
    }

    /// <summary>
    /// <c>(stratum + jitter) / n</c>, kept below the stratum's upper edge: with <c>jitter</c> just under 1,
    /// <c>stratum + jitter</c> can round up to <c>stratum + 1</c>.
    /// </summary>
    private static double InStratum(int stratum, int n, double jitter)
    {
        double upper = (stratum + 1.0) / n;
        double u = (stratum + jitter) / n;
        return u < upper ? u : Math.BitDecrement(upper);
    }

    /// <summary>Fills <paramref name="permutation"/> with a uniformly random permutation of 0…n−1 (Fisher–Yates, Durstenfeld's form).</summary>
    private static void Shuffle(ref Xoshiro256StarStar rng, int[] permutation)
    {
        for (int i = 0; i < permutation.Length; i++)
        {
            permutation[i] = i;
        }

        AnalysisStreams.Shuffle(ref rng, permutation);
    }
}
