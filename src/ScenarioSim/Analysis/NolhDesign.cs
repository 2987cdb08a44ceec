using MathNet.Numerics.LinearAlgebra;

namespace ScenarioSim.Analysis;

/// <summary>
/// A nearly orthogonal Latin hypercube from <see cref="NearlyOrthogonalLatinHypercube.Generate"/>: each
/// point's level (0 … <see cref="Runs"/> − 1) of each factor, and the design's pairwise correlations.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class NolhDesign
{
    private readonly int[][] _levels;
    private readonly Lazy<Matrix<double>> _correlations;

    internal NolhDesign(int[][] levels, int runs, int factors, int stack)
    {
        _levels = levels;
        Runs = runs;
        Factors = factors;
        Stack = stack;
        _correlations = new Lazy<Matrix<double>>(Correlate);
    }

    /// <summary>Runs of one design, which is also the number of equally spaced levels of each factor.</summary>
    public int Runs { get; }

    /// <summary>Factors (columns).</summary>
    public int Factors { get; }

    /// <summary>Designs stacked.</summary>
    public int Stack { get; }

    /// <summary>Points: <see cref="Stack"/> · <see cref="Runs"/>.</summary>
    public int Points => _levels.Length;

    /// <summary>The level of <paramref name="factor"/> at <paramref name="point"/>, 0 … <see cref="Runs"/> − 1.</summary>
    public int Level(int point, int factor) => _levels[point][factor];

    /// <summary>The largest absolute Pearson correlation between two columns (0 with one factor).</summary>
    public double MaxAbsCorrelation
    {
        get
        {
            var r = _correlations.Value;
            double max = 0;
            for (int i = 0; i < Factors; i++)
            {
                for (int j = i + 1; j < Factors; j++)
                {
                    max = Math.Max(max, Math.Abs(r[i, j]));
                }
            }

            return max;
        }
    }

    /// <summary>The condition number of the columns' correlation matrix (1 for exactly orthogonal columns).</summary>
    public double ConditionNumber => _correlations.Value.ConditionNumber();

    /// <summary>The correlation of columns <paramref name="i"/> and <paramref name="j"/>.</summary>
    public double Correlation(int i, int j) => _correlations.Value[i, j];

    /// <summary>The points over <paramref name="ranges"/>: level ℓ of a factor is <c>lo + ℓ/(Runs − 1) · (hi − lo)</c>, both ends exact.</summary>
    /// <param name="ranges">One range per factor.</param>
    /// <returns>One array of values per point.</returns>
    public IReadOnlyList<double[]> Scale(IReadOnlyList<ParameterRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        if (ranges.Count != Factors)
        {
            throw new ArgumentException($"The design has {Factors} factors but {ranges.Count} ranges were given.", nameof(ranges));
        }

        return _levels.Select(row => ranges.Select((r, f) => Runs == 1 ? r.Low : r.At((double)row[f] / (Runs - 1))).ToArray()).ToList();
    }

    private Matrix<double> Correlate()
    {
        var centred = Matrix<double>.Build.Dense(Points, Factors, (p, f) => _levels[p][f] - ((Runs - 1) / 2.0));
        var gram = centred.TransposeThisAndMultiply(centred);
        var scale = gram.Diagonal().Map(Math.Sqrt);
        return Matrix<double>.Build.Dense(Factors, Factors, (i, j) => gram[i, j] / (scale[i] * scale[j]));
    }
}
