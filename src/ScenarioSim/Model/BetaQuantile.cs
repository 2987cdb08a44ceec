using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace ScenarioSim.Model;

/// <summary>
/// The beta distribution's quantile as MathNet.Numerics computes it (<c>Beta.InvCDF</c>: Brent's
/// root of the regularised incomplete beta function minus p on [0, 1], accuracy 1e-12), the same bits,
/// without the closure MathNet allocates on every call: the shapes and p go through thread-static
/// fields to one cached function, so drawing an uncertain parameter allocates nothing.
/// </summary>
/// <remarks>Thread-safe: each thread has its own fields.</remarks>
internal static class BetaQuantile
{
    [ThreadStatic]
    private static double t_alpha;

    [ThreadStatic]
    private static double t_beta;

    [ThreadStatic]
    private static double t_p;

    private static readonly Func<double, double> Residual = x => SpecialFunctions.BetaRegularized(t_alpha, t_beta, x) - t_p;

    /// <summary>The p-quantile of Beta(<paramref name="alpha"/>, <paramref name="beta"/>) on [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A shape is negative or p is outside [0, 1].</exception>
    public static double Of(double alpha, double beta, double p)
    {
        if (alpha < 0.0 || beta < 0.0 || p < 0.0 || p > 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(p), "Beta shapes must be >= 0 and p in [0, 1].");
        }

        t_alpha = alpha;
        t_beta = beta;
        t_p = p;
        return Brent.FindRoot(Residual, 0.0, 1.0, accuracy: 1e-12);
    }
}
