namespace ScenarioSim.Analysis;

/// <summary>
/// The Sobol' low-discrepancy sequence in up to <see cref="MaxDimensions"/> dimensions, unscrambled,
/// generated in Gray-code order (Antonov and Saleev, 1979) as in Bratley and Fox's Algorithm 659, with
/// the direction numbers of S. Joe and F. Y. Kuo, "Constructing Sobol sequences with better
/// two-dimensional projections", SIAM J. Sci. Comput. 30, 2635–2654 (2008), file
/// <c>new-joe-kuo-6.21201</c> (https://web.maths.unsw.edu.au/~fkuo/sobol/, BSD licence). The first
/// point is the origin; the first 2^m points of every dimension hit each of the 2^m dyadic intervals
/// of [0, 1) exactly once.
/// </summary>
/// <remarks>Not thread-safe: each instance keeps its position. Equal dimensions give equal sequences.</remarks>
internal sealed class SobolSequence
{
    /// <summary>The dimensions supported: the table below holds Joe and Kuo's dimensions 2 to 40.</summary>
    public const int MaxDimensions = 40;

    private const int Bits = 32;
    private const double Scale = 1.0 / 4294967296.0;

    /// <summary>
    /// Joe and Kuo's rows for dimensions 2 to 40: the degree s of the primitive polynomial, its interior
    /// coefficients a (as bits), then the initial direction numbers m_1 … m_s. Dimension 1 is van der
    /// Corput's sequence in base 2 and needs none.
    /// </summary>
    private static readonly int[][] JoeKuo =
    [
        [1, 0, 1], [2, 1, 1, 3], [3, 1, 1, 3, 1], [3, 2, 1, 1, 1], [4, 1, 1, 1, 3, 3], [4, 4, 1, 3, 5, 13],
        [5, 2, 1, 1, 5, 5, 17], [5, 4, 1, 1, 5, 5, 5], [5, 7, 1, 1, 7, 11, 19], [5, 11, 1, 1, 5, 1, 1],
        [5, 13, 1, 1, 1, 3, 11], [5, 14, 1, 3, 5, 5, 31], [6, 1, 1, 3, 3, 9, 7, 49], [6, 13, 1, 1, 1, 15, 21, 21],
        [6, 16, 1, 3, 1, 13, 27, 49], [6, 19, 1, 1, 1, 15, 7, 5], [6, 22, 1, 3, 1, 15, 13, 25], [6, 25, 1, 1, 5, 5, 19, 61],
        [7, 1, 1, 3, 7, 11, 23, 15, 103], [7, 4, 1, 3, 7, 13, 13, 15, 69], [7, 7, 1, 1, 3, 13, 7, 35, 63],
        [7, 8, 1, 3, 5, 9, 1, 25, 53], [7, 14, 1, 3, 1, 13, 9, 35, 107], [7, 19, 1, 3, 1, 5, 27, 61, 31],
        [7, 21, 1, 1, 5, 11, 19, 41, 61], [7, 28, 1, 3, 5, 3, 3, 13, 69], [7, 31, 1, 1, 7, 13, 1, 19, 1],
        [7, 32, 1, 3, 7, 5, 13, 19, 59], [7, 37, 1, 1, 3, 9, 25, 29, 41], [7, 41, 1, 3, 5, 13, 23, 1, 55],
        [7, 42, 1, 3, 7, 3, 13, 59, 17], [7, 50, 1, 3, 1, 3, 5, 53, 69], [7, 55, 1, 1, 5, 5, 23, 33, 13],
        [7, 56, 1, 1, 7, 7, 1, 61, 123], [7, 59, 1, 1, 7, 9, 13, 61, 49], [7, 62, 1, 3, 3, 5, 3, 55, 33],
        [8, 14, 1, 3, 1, 15, 31, 13, 49, 245], [8, 21, 1, 3, 5, 15, 31, 59, 63, 97], [8, 22, 1, 3, 1, 11, 11, 11, 77, 249],
    ];

    /// <summary>Direction numbers v[d][k − 1] = V_k for k = 1 … 32, scaled to 32 bits.</summary>
    private readonly uint[][] _directions;
    private readonly uint[] _current;
    private long _index;

    /// <summary>Starts the sequence at its first point (the origin).</summary>
    /// <param name="dimensions">Dimensions, 1 to <see cref="MaxDimensions"/>.</param>
    public SobolSequence(int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dimensions, MaxDimensions);
        Dimensions = dimensions;
        _directions = new uint[dimensions][];
        _current = new uint[dimensions];
        for (int d = 0; d < dimensions; d++)
        {
            _directions[d] = Directions(d);
        }
    }

    /// <summary>The sequence's dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>
    /// Writes the next point into <paramref name="point"/>. Successive calls give points 0, 1, 2, … of
    /// the sequence, up to 2^32 points.
    /// </summary>
    /// <param name="point">Receives <see cref="Dimensions"/> coordinates in [0, 1).</param>
    public void Next(Span<double> point)
    {
        if (point.Length < Dimensions)
        {
            throw new ArgumentException($"The span holds {point.Length} values; the sequence has {Dimensions} dimensions.", nameof(point));
        }

        if (_index >= 1L << Bits)
        {
            throw new InvalidOperationException("The sequence is exhausted: it has 2^32 points.");
        }

        if (_index > 0)
        {
            // Gray-code order: point i differs from point i − 1 by the direction number of the lowest zero bit of i − 1.
            int bit = System.Numerics.BitOperations.TrailingZeroCount(~(ulong)(_index - 1));
            for (int d = 0; d < Dimensions; d++)
            {
                _current[d] ^= _directions[d][bit];
            }
        }

        for (int d = 0; d < Dimensions; d++)
        {
            point[d] = _current[d] * Scale;
        }

        _index++;
    }

    /// <summary>Points <paramref name="skip"/> to <paramref name="skip"/> + <paramref name="count"/> − 1 of the sequence.</summary>
    /// <param name="count">How many points.</param>
    /// <param name="dimensions">Dimensions, 1 to <see cref="MaxDimensions"/>.</param>
    /// <param name="skip">Points to skip first (1 skips the origin).</param>
    /// <param name="cancellationToken">Stops generating a long sequence.</param>
    /// <returns>One array per point.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static double[][] Generate(int count, int dimensions, int skip = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var sequence = new SobolSequence(dimensions);
        var scratch = new double[dimensions];
        for (int i = 0; i < skip; i++)
        {
            sequence.Next(scratch);
        }

        var points = new double[count][];
        for (int i = 0; i < count; i++)
        {
            if ((i & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            points[i] = new double[dimensions];
            sequence.Next(points[i]);
        }

        return points;
    }

    /// <summary>
    /// The 32 direction numbers of dimension <paramref name="d"/> (0-based): V_k = m_k · 2^(32−k) for
    /// k ≤ s, then Bratley and Fox's recurrence V_k = V_{k−s} ⊕ (V_{k−s} ≫ s) ⊕ a_1 V_{k−1} ⊕ … ⊕ a_{s−1} V_{k−s+1}.
    /// </summary>
    private static uint[] Directions(int d)
    {
        var v = new uint[Bits];
        if (d == 0)
        {
            for (int k = 0; k < Bits; k++)
            {
                v[k] = 1u << (Bits - 1 - k);
            }

            return v;
        }

        int[] row = JoeKuo[d - 1];
        int s = row[0];
        int a = row[1];
        for (int k = 0; k < Math.Min(s, Bits); k++)
        {
            v[k] = (uint)row[2 + k] << (Bits - 1 - k);
        }

        for (int k = s; k < Bits; k++)
        {
            uint value = v[k - s] ^ (v[k - s] >> s);
            for (int l = 1; l < s; l++)
            {
                if (((a >> (s - 1 - l)) & 1) != 0)
                {
                    value ^= v[k - l];
                }
            }

            v[k] = value;
        }

        return v;
    }
}
