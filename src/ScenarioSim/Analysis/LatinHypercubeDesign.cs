namespace ScenarioSim.Analysis;

/// <summary>
/// A Latin hypercube design in the unit cube: <see cref="Points"/> points in <see cref="Dimensions"/>
/// dimensions where, in every dimension, each of the <see cref="Points"/> equal strata of [0, 1) holds
/// exactly one point.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LatinHypercubeDesign
{
    private readonly double[][] _unit;
    private readonly int[][] _strata;

    internal LatinHypercubeDesign(double[][] unit, int[][] strata, int dimensions)
    {
        _unit = unit;
        _strata = strata;
        Dimensions = dimensions;
    }

    /// <summary>Number of points, which is also the number of strata per dimension.</summary>
    public int Points => _unit.Length;

    /// <summary>Number of dimensions.</summary>
    public int Dimensions { get; }

    /// <summary>The coordinate of a point in [0, 1), inside its stratum [s/n, (s+1)/n).</summary>
    /// <param name="point">The point's index.</param>
    /// <param name="dimension">The dimension's index.</param>
    /// <returns>The unit coordinate.</returns>
    public double Unit(int point, int dimension) => _unit[point][dimension];

    /// <summary>The stratum, 0 to <see cref="Points"/> − 1, that a point occupies in a dimension.</summary>
    /// <param name="point">The point's index.</param>
    /// <param name="dimension">The dimension's index.</param>
    /// <returns>The stratum's index.</returns>
    public int Stratum(int point, int dimension) => _strata[point][dimension];

    /// <summary>The design mapped onto parameter ranges: dimension <c>d</c> onto <c>ranges[d]</c>, linearly.</summary>
    /// <param name="ranges">One range per dimension.</param>
    /// <returns>One array of parameter values per point.</returns>
    public IReadOnlyList<double[]> Scale(IReadOnlyList<ParameterRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count != Dimensions)
        {
            throw new ArgumentException($"The design has {Dimensions} dimensions but {ranges.Count} ranges were given.", nameof(ranges));
        }

        return _unit.Select(u => ranges.Select((r, d) => r.At(u[d])).ToArray()).ToList();
    }
}
