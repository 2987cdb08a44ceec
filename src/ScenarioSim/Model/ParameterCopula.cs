using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace ScenarioSim.Model;

/// <summary>
/// Induces rank correlations between uncertain parameters with a Gaussian copula, one replication at a
/// time: independent standard normals (one per parameter, each from that parameter's own stream) are
/// mixed by the Cholesky factor of the normal-scale correlation matrix and mapped back to uniforms.
/// A target Spearman correlation ρs becomes the normal-scale correlation 2·sin(π·ρs/6), the exact
/// relation for Gaussian copulas. Iman and Conover (1982) reorder a whole sample instead; working per
/// replication keeps every replication independent of the others, so runs stay identical whatever
/// the thread count or sharding.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class ParameterCopula
{
    private readonly double[,] _cholesky;

    private ParameterCopula(IReadOnlyList<string> paths, double[,] cholesky)
    {
        Paths = paths;
        _cholesky = cholesky;
    }

    /// <summary>The correlated parameters, in the order <see cref="Correlate"/> expects.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>Builds the copula for <paramref name="correlations"/> over <paramref name="paths"/>.</summary>
    /// <exception cref="ArgumentException">The correlations are not a valid (positive definite) matrix.</exception>
    public static ParameterCopula Create(IReadOnlyList<string> paths, IReadOnlyList<ParameterCorrelation> correlations) =>
        TryCholesky(paths, correlations, out var factor)
            ? new ParameterCopula(paths, factor)
            : throw new ArgumentException("The correlations are not positive definite.", nameof(correlations));

    /// <summary>The lower Cholesky factor of the normal-scale correlation matrix, if it is positive definite.</summary>
    public static bool TryCholesky(IReadOnlyList<string> paths, IReadOnlyList<ParameterCorrelation> correlations, out double[,] factor)
    {
        int n = paths.Count;
        var matrix = Matrix<double>.Build.DenseIdentity(n);
        foreach (var c in correlations)
        {
            int i = IndexOf(paths, c.First);
            int j = IndexOf(paths, c.Second);
            double normal = 2 * Math.Sin(Math.PI * c.RankCorrelation / 6);
            matrix[i, j] = normal;
            matrix[j, i] = normal;
        }

        try
        {
            factor = matrix.Cholesky().Factor.ToArray();
            return true;
        }
        catch (ArgumentException)
        {
            factor = new double[0, 0];
            return false;
        }
    }

    /// <summary>
    /// Turns independent uniforms (one per path, in <see cref="Paths"/> order) into correlated uniforms in place.
    /// </summary>
    public void Correlate(Span<double> uniforms)
    {
        int n = Paths.Count;
        Span<double> z = stackalloc double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = Normal.InvCDF(0, 1, Math.Clamp(uniforms[i], 1e-300, 1 - 1e-16));
        }

        for (int i = n - 1; i >= 0; i--)
        {
            double mixed = 0;
            for (int k = 0; k <= i; k++)
            {
                mixed += _cholesky[i, k] * z[k];
            }

            uniforms[i] = Normal.CDF(0, 1, mixed);
        }
    }

    private static int IndexOf(IReadOnlyList<string> paths, string path)
    {
        for (int i = 0; i < paths.Count; i++)
        {
            if (paths[i] == path)
            {
                return i;
            }
        }

        throw new ArgumentException($"'{path}' is not among the correlated parameters.", nameof(path));
    }
}
