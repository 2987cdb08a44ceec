using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>
/// The metamodel summary of a sweep: for each metric, a first-order least-squares regression of the
/// metric's mean at each point on the coded factors, <c>z = (2x − lo − hi)/(hi − lo)</c> ∈ [−1, 1], so a
/// coefficient is half the change in the mean across the factor's range and coefficients compare
/// across factors. 95% intervals are Student-t with n − k − 1 degrees of freedom (n points, k factors);
/// R² is the share of the point means' variance explained. A factor that does not vary over the points
/// (one grid step, lo = hi) is left out, and a metric whose mean is the same at every point gets no fit,
/// only a note. The means carry Monte Carlo noise, which the residuals include.
/// Data-farming practice (Kleijnen, Sanchez, Lucas and Cioppa 2005, INFORMS J. Computing 17(3), 263–289).
/// </summary>
/// <remarks>Stateless and thread-safe. The result depends only on the points, so merged shards give the same.</remarks>
internal static class SweepMetamodel
{
    /// <summary>The name of the intercept term.</summary>
    public const string InterceptName = "(intercept)";

    /// <summary>Fits every metric of the sweep, in <see cref="MetricNames.All"/> order.</summary>
    /// <param name="sweep">The sweep.</param>
    /// <returns>One metamodel per metric.</returns>
    public static IReadOnlyList<MetricMetamodel> Fit(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        int[] varied = VariedFactors(sweep);
        return [.. MetricNames.All.Select(metric => Fit(sweep, metric, varied))];
    }

    /// <summary>
    /// The largest absolute correlation between two varied factors over the points, and the condition number
    /// of their correlation matrix (1 when orthogonal): how well the design separates the factors' effects.
    /// </summary>
    /// <param name="sweep">The sweep.</param>
    /// <returns>(0, 1) with fewer than two varied factors.</returns>
    public static (double MaxAbsCorrelation, double ConditionNumber) DesignCorrelation(SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        int[] varied = VariedFactors(sweep);
        if (varied.Length < 2)
        {
            return (0, 1);
        }

        var x = Matrix<double>.Build.Dense(sweep.Points.Count, varied.Length, (p, f) => sweep.Points[p].Values[varied[f]]);
        var centred = Matrix<double>.Build.Dense(x.RowCount, x.ColumnCount, (p, f) => x[p, f] - x.Column(f).Average());
        var gram = centred.TransposeThisAndMultiply(centred);
        var r = Matrix<double>.Build.Dense(varied.Length, varied.Length, (i, j) => gram[i, j] / Math.Sqrt(gram[i, i] * gram[j, j]));
        double max = 0;
        for (int i = 0; i < varied.Length; i++)
        {
            for (int j = i + 1; j < varied.Length; j++)
            {
                max = Math.Max(max, Math.Abs(r[i, j]));
            }
        }

        return (max, r.ConditionNumber());
    }

    private static int[] VariedFactors(SweepResult sweep) =>
        [.. Enumerable.Range(0, sweep.Parameters.Count).Where(f =>
            sweep.Parameters[f].High > sweep.Parameters[f].Low && sweep.Points.Select(p => p.Values[f]).Distinct().Skip(1).Any())];

    private static MetricMetamodel Fit(SweepResult sweep, string metric, int[] varied)
    {
        var used = sweep.Points.Where(p => !double.IsNaN(p.Result.Metric(metric).Statistics.Mean)).ToList();
        int n = used.Count, k = varied.Length;
        if (n < k + 1)
        {
            return new MetricMetamodel(metric, n, null, [], double.NaN, $"{n} points with a mean cannot fit {k + 1} coefficients");
        }

        var x = Matrix<double>.Build.Dense(n, k + 1, (p, c) => c == 0 ? 1 : Coded(sweep.Parameters[varied[c - 1]], used[p].Values[varied[c - 1]]));
        var y = Vector<double>.Build.Dense(n, p => used[p].Result.Metric(metric).Statistics.Mean);
        if (x.Rank() < k + 1)
        {
            return new MetricMetamodel(metric, n, null, [], double.NaN, "the factors are collinear over these points");
        }

        double first = y[0];
        if (y.All(value => value == first))
        {
            // Nothing to explain: a regression would report rounding noise (coefficients of 1e-17) as effects.
            return new MetricMetamodel(
                metric, n, null, [], double.NaN, FormattableString.Invariant($"the mean is {first:R} at every point: no factor moves it"));
        }

        var beta = x.QR().Solve(y);
        var residuals = y - (x * beta);
        int df = n - k - 1;
        double variance = df > 0 ? residuals.DotProduct(residuals) / df : double.NaN;
        var inverse = x.TransposeThisAndMultiply(x).Inverse();
        double t = df > 0 ? StudentT.InvCDF(0, 1, df, 0.975) : double.NaN;
        double mean = y.Average();
        double total = (y - mean).DotProduct(y - mean);
        double rSquared = total > 0 ? 1 - (residuals.DotProduct(residuals) / total) : double.NaN;

        MetamodelTerm Term(string name, int c)
        {
            double se = Math.Sqrt(variance * inverse[c, c]);
            return new MetamodelTerm(name, beta[c], se, beta[c] - (t * se), beta[c] + (t * se));
        }

        return new MetricMetamodel(
            metric, n, Term(InterceptName, 0), [.. varied.Select((f, c) => Term(sweep.Parameters[f].Path, c + 1))], rSquared, null);
    }

    private static double Coded(ParameterRange range, double value) => ((2 * value) - range.Low - range.High) / (range.High - range.Low);
}
