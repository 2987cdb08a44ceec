namespace ScenarioSim.Analysis;

/// <summary>
/// Nearly orthogonal Latin hypercubes (NOLH), the data-farming designs of Cioppa and Lucas (2007,
/// Technometrics 49(1), 45–55): n runs in which every column is a permutation of n equally spaced levels
/// and every pair of columns has a correlation within ±<see cref="CorrelationBound"/>. The sizes are
/// theirs: 17, 33, 65 and 129 runs for up to 7, 11, 16 and 22 factors; beyond that, 257 runs for up to
/// <see cref="MaxFactors"/> (29) factors, found by the same search. More factors than that are better
/// screened first (Morris) or sampled by a plain Latin hypercube.
/// </summary>
/// <remarks>
/// <para>
/// The columns are not Cioppa and Lucas's tables but found by a deterministic search of our own, so any
/// number of factors gets a design of its own size with the same guarantees. Levels are the integers
/// −(n−1)/2 … (n−1)/2; the first column is in order, the others start as shuffles drawn from the stream
/// <c>(block, 0, "analysis/nolh")</c>. Then, column after column, the swap of two rows that most reduces
/// that column's sum of squared dot products with the others is made, until the largest absolute
/// correlation is at most <see cref="SearchGoal"/> or no swap helps; a column stuck above the bound is
/// shaken by a few random swaps and the descent resumes. The dot products are exact integers, so the
/// design is the same on every machine; it takes well under a second for 22 factors, a few seconds for 29.
/// </para>
/// <para>
/// Stacking (<c>--stack K</c>) appends K − 1 more designs of the same size, each from its own search
/// (blocks 1 … K−1 of the stream), for K·n runs: every column then holds each level K times, and a
/// stacked pair's correlation is the mean of its blocks', so it stays within the bound. The design does
/// not depend on the run's seed.
/// </para>
/// Stateless and thread-safe.
/// </remarks>
internal static class NearlyOrthogonalLatinHypercube
{
    /// <summary>The bound on every pairwise column correlation, 0.03 (Cioppa and Lucas's nearly orthogonal).</summary>
    public const double CorrelationBound = 0.03;

    /// <summary>The correlation the search aims for before it stops, well inside the bound.</summary>
    public const double SearchGoal = 0.02;

    /// <summary>The most factors a design can have (257 runs).</summary>
    public const int MaxFactors = 29;

    /// <summary>The most stacked designs.</summary>
    public const int MaxStack = 64;

    private static readonly (int Factors, int Runs)[] Sizes = [(7, 17), (11, 33), (16, 65), (22, 129), (MaxFactors, 257)];

    /// <summary>The runs of one design for <paramref name="factors"/> factors: 17, 33, 65, 129 or 257.</summary>
    /// <param name="factors">Factors, 1 to <see cref="MaxFactors"/>.</param>
    /// <returns>The number of runs (levels) of one design.</returns>
    public static int RunsFor(int factors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(factors, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(factors, MaxFactors);
        return Sizes.First(s => factors <= s.Factors).Runs;
    }

    /// <summary>The design for <paramref name="factors"/> factors, <paramref name="stack"/> designs stacked.</summary>
    /// <param name="factors">Factors, 1 to <see cref="MaxFactors"/>.</param>
    /// <param name="stack">Designs stacked, 1 to <see cref="MaxStack"/>.</param>
    /// <returns>The design: <c>stack · RunsFor(factors)</c> points.</returns>
    public static NolhDesign Generate(int factors, int stack = 1)
    {
        int runs = RunsFor(factors);
        ArgumentOutOfRangeException.ThrowIfLessThan(stack, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(stack, MaxStack);
        var levels = new int[stack * runs][];
        for (int block = 0; block < stack; block++)
        {
            int[][] columns = Search(runs, factors, (ulong)block);
            for (int r = 0; r < runs; r++)
            {
                var row = new int[factors];
                for (int c = 0; c < factors; c++)
                {
                    row[c] = columns[c][r] + ((runs - 1) / 2);
                }

                levels[(block * runs) + r] = row;
            }
        }

        return new NolhDesign(levels, runs, factors, stack);
    }

    /// <summary>k columns of n centred integer levels with small pairwise dot products (see the remarks).</summary>
    internal static int[][] Search(int n, int k, ulong block)
    {
        var rng = AnalysisStreams.Create(block, AnalysisStreams.Nolh);
        int half = (n - 1) / 2;
        var x = new int[k][];
        for (int c = 0; c < k; c++)
        {
            x[c] = Enumerable.Range(-half, n).ToArray();
            if (c > 0)
            {
                AnalysisStreams.Shuffle(ref rng, x[c]);
            }
        }

        var dot = new long[k, k];
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                dot[i, j] = dot[j, i] = Dot(x[i], x[j]);
            }
        }

        long sumOfSquares = Dot(x[0], x[0]);
        long goal = (long)Math.Floor(SearchGoal * sumOfSquares);
        long bound = (long)Math.Floor(CorrelationBound * sumOfSquares);
        for (int round = 0; round < 1000 && MaxAbs(dot, k) > goal; round++)
        {
            bool improved = false;
            for (int j = 1; j < k; j++)
            {
                improved |= BestSwap(x, dot, j, k, n);
            }

            if (!improved)
            {
                if (MaxAbs(dot, k) <= bound)
                {
                    break;
                }

                // Stuck above the bound: shake the column with the worst pair and descend again.
                int worst = WorstColumn(dot, k);
                for (int s = 0; s < 3; s++)
                {
                    Swap(x, dot, worst, AnalysisStreams.NextIndex(ref rng, n), AnalysisStreams.NextIndex(ref rng, n), k);
                }
            }
        }

        if (MaxAbs(dot, k) > bound)
        {
            throw new InvalidOperationException($"The NOLH search for {k} factors in {n} runs did not reach |correlation| <= {CorrelationBound}.");
        }

        return x;
    }

    /// <summary>Makes the swap of two rows of column <paramref name="j"/> that most lowers its sum of squared dot products; false when none does.</summary>
    private static bool BestSwap(int[][] x, long[,] dot, int j, int k, int n)
    {
        long current = 0;
        for (int c = 0; c < k; c++)
        {
            current += c == j ? 0 : dot[j, c] * dot[j, c];
        }

        long best = current;
        int bestA = -1, bestB = -1;
        int[] xj = x[j];
        for (int a = 0; a < n; a++)
        {
            for (int b = a + 1; b < n; b++)
            {
                long d = xj[a] - xj[b];
                long total = 0;
                for (int c = 0; c < k && total < best; c++)
                {
                    if (c != j)
                    {
                        long changed = dot[j, c] + (d * (x[c][b] - x[c][a]));
                        total += changed * changed;
                    }
                }

                if (total < best)
                {
                    (best, bestA, bestB) = (total, a, b);
                }
            }
        }

        if (bestA < 0)
        {
            return false;
        }

        Swap(x, dot, j, bestA, bestB, k);
        return true;
    }

    private static void Swap(int[][] x, long[,] dot, int j, int a, int b, int k)
    {
        long d = x[j][a] - x[j][b];
        for (int c = 0; c < k; c++)
        {
            if (c != j)
            {
                dot[j, c] += d * (x[c][b] - x[c][a]);
                dot[c, j] = dot[j, c];
            }
        }

        (x[j][a], x[j][b]) = (x[j][b], x[j][a]);
    }

    private static long Dot(int[] u, int[] v)
    {
        long sum = 0;
        for (int i = 0; i < u.Length; i++)
        {
            sum += (long)u[i] * v[i];
        }

        return sum;
    }

    private static long MaxAbs(long[,] dot, int k)
    {
        long max = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                max = Math.Max(max, Math.Abs(dot[i, j]));
            }
        }

        return max;
    }

    private static int WorstColumn(long[,] dot, int k)
    {
        (long max, int column) = (-1, 1);
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                if (Math.Abs(dot[i, j]) > max)
                {
                    (max, column) = (Math.Abs(dot[i, j]), j);
                }
            }
        }

        return column;
    }
}
