using MathNet.Numerics.LinearAlgebra;

namespace ScenarioSim.Statistics;

/// <summary>
/// The Hessian of a function by central differences with a fixed absolute step: on the diagonal
/// <c>(f(x + h·eᵢ) − 2·f(x) + f(x − h·eᵢ)) / h²</c>, off it
/// <c>(f(x + h·eᵢ + h·eⱼ) − f(x + h·eᵢ − h·eⱼ) − f(x − h·eᵢ + h·eⱼ) + f(x − h·eᵢ − h·eⱼ)) / (4h²)</c>.
/// Calibration's standard errors come from it (docs/calibration.md).
/// </summary>
/// <remarks>
/// Stateless and thread-safe when <c>f</c> is. MathNet.Numerics has <c>Differentiation.NumericalHessian</c>,
/// but it picks a relative step of its own (which cannot be set through it) and nests first-derivative
/// stencils: on a smooth test function its diagonal differed from this one in the 5th significant digit,
/// which would change calibrate's printed standard errors and intervals, so the fixed-step formula stays.
/// </remarks>
internal static class CentralDifferenceHessian
{
    /// <summary>
    /// The Hessian of <paramref name="f"/> at <paramref name="at"/> over the coordinates
    /// <paramref name="which"/> (the others held fixed), as a square matrix in that order.
    /// </summary>
    /// <param name="f">The function; called with fresh arrays it may keep.</param>
    /// <param name="at">The point.</param>
    /// <param name="which">Indices into <paramref name="at"/> of the coordinates to differentiate by.</param>
    /// <param name="step">The step h, in the units of the coordinates.</param>
    /// <returns>The symmetric <c>which.Length</c> × <c>which.Length</c> matrix.</returns>
    public static Matrix<double> Of(Func<double[], double> f, double[] at, int[] which, double step)
    {
        int p = which.Length;
        double h = step;
        var hessian = Matrix<double>.Build.Dense(p, p);
        double f0 = f(at);
        double F(int i, double di, int j, double dj)
        {
            var v = (double[])at.Clone();
            v[which[i]] += di;
            v[which[j]] += dj;
            return f(v);
        }

        for (int i = 0; i < p; i++)
        {
            hessian[i, i] = (F(i, h, i, 0) - (2 * f0) + F(i, -h, i, 0)) / (h * h);
            for (int j = 0; j < i; j++)
            {
                double value = (F(i, h, j, h) - F(i, h, j, -h) - F(i, -h, j, h) + F(i, -h, j, -h)) / (4 * h * h);
                hessian[i, j] = value;
                hessian[j, i] = value;
            }
        }

        return hessian;
    }
}
