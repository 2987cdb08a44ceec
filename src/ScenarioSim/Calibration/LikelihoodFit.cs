using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.RootFinding;

namespace ScenarioSim.Calibration;

/// <summary>
/// Maximum likelihood over bounded parameters: each parameter is optimised on an unbounded scale
/// (log above a lower bound, logit between two bounds), standard errors come from the numerical
/// Hessian on that scale by the delta method, and 95% intervals from the profile likelihood, where
/// twice the log-likelihood drop reaches the χ²₁ 95% point 3.841.
/// </summary>
internal sealed class LikelihoodFit
{
    /// <summary>Half the 95% point of χ² with one degree of freedom.</summary>
    public const double ProfileDrop = 3.841458820694124 / 2;

    private readonly Func<double[], double> _logLikelihood;
    private readonly IReadOnlyList<FitParameter> _parameters;

    private LikelihoodFit(Func<double[], double> logLikelihood, IReadOnlyList<FitParameter> parameters)
    {
        _logLikelihood = logLikelihood;
        _parameters = parameters;
    }

    public double[] Estimate { get; private set; } = [];

    public double[] EstimateUnbounded { get; private set; } = [];

    public double MaximumLogLikelihood { get; private set; }

    /// <summary>Covariance on the unbounded scale; null when the Hessian is not positive definite.</summary>
    public Matrix<double>? Covariance { get; private set; }

    /// <summary>Maximises <paramref name="logLikelihood"/> (a function of natural values) over <paramref name="parameters"/>.</summary>
    public static LikelihoodFit Maximize(Func<double[], double> logLikelihood, IReadOnlyList<FitParameter> parameters, double[]? start = null)
    {
        var fit = new LikelihoodFit(logLikelihood, parameters);
        double[] u0 = parameters.Select((p, i) => p.ToUnbounded(start?[i] ?? p.Start)).ToArray();
        var (u, value) = BoundedMinimizer.Minimize(fit.Negative, u0);
        fit.EstimateUnbounded = u;
        fit.Estimate = fit.Natural(u);
        fit.MaximumLogLikelihood = -value;
        return fit;
    }

    /// <summary>Computes the Hessian-based covariance and the standard errors of the natural values.</summary>
    public double[] StandardErrors()
    {
        int p = _parameters.Count;
        var se = Enumerable.Repeat(double.NaN, p).ToArray();
        if (p == 0)
        {
            return se;
        }

        var hessian = Hessian(EstimateUnbounded);
        try
        {
            var cholesky = hessian.Cholesky();
            Covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(p));
        }
        catch (ArgumentException)
        {
            Covariance = null;
            return se;
        }

        for (int i = 0; i < p; i++)
        {
            se[i] = Math.Abs(_parameters[i].Slope(EstimateUnbounded[i])) * Math.Sqrt(Covariance[i, i]);
        }

        return se;
    }

    /// <summary>The profile-likelihood 95% interval of parameter <paramref name="i"/> in natural units.</summary>
    public (double Low, double High) ProfileInterval(int i)
    {
        double seU = Covariance is null ? 1 : Math.Sqrt(Covariance[i, i]);
        double low = ProfileEnd(i, -1, seU);
        double high = ProfileEnd(i, +1, seU);
        return (low, high);
    }

    private double[] Natural(double[] u) => u.Select((v, i) => _parameters[i].ToNatural(v)).ToArray();

    private double Negative(double[] u) => -_logLikelihood(Natural(u));

    private Matrix<double> Hessian(double[] u)
    {
        int p = u.Length;
        const double h = 1e-3;
        var hessian = Matrix<double>.Build.Dense(p, p);
        double f0 = Negative(u);
        double F(int i, double di, int j, double dj)
        {
            var v = (double[])u.Clone();
            v[i] += di;
            v[j] += dj;
            return Negative(v);
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

    /// <summary>Walks from the estimate along parameter i until the profile drops by <see cref="ProfileDrop"/>, then finds the crossing.</summary>
    private double ProfileEnd(int i, int direction, double seU)
    {
        double target = MaximumLogLikelihood - ProfileDrop;
        double[] warm = (double[])EstimateUnbounded.Clone();
        double Profile(double ui)
        {
            var others = warm.Where((_, k) => k != i).ToArray();
            double Inner(double[] v) => Negative(Insert(v, i, ui));
            var (point, value) = BoundedMinimizer.Minimize(Inner, others, step: 0.25, tolerance: 1e-9);
            warm = Insert(point, i, ui);
            return -value;
        }

        double step = Math.Clamp(seU, 0.02, 2.0);
        double inside = EstimateUnbounded[i];
        const double reach = 40;
        while (true)
        {
            double candidate = inside + (direction * step);
            if (Math.Abs(candidate - EstimateUnbounded[i]) > reach)
            {
                // The likelihood never drops enough: the interval runs to the bound.
                return direction > 0 ? _parameters[i].Upper : _parameters[i].Lower;
            }

            double value = Profile(candidate);
            if (value < target)
            {
                double a = Math.Min(inside, candidate);
                double b = Math.Max(inside, candidate);
                return _parameters[i].ToNatural(Crossing(x => Profile(x) - target, a, b));
            }

            inside = candidate;
            step *= 2;
        }
    }

    /// <summary>The root of a bracketed function by Brent's method, by bisection if Brent fails (a profile is only piecewise smooth when the inner fit moves).</summary>
    private static double Crossing(Func<double, double> g, double a, double b)
    {
        if (Brent.TryFindRoot(g, a, b, 1e-4, 100, out double root))
        {
            return root;
        }

        double ga = g(a);
        for (int k = 0; k < 40 && b - a > 1e-4; k++)
        {
            double m = (a + b) / 2;
            double gm = g(m);
            if (Math.Sign(gm) == Math.Sign(ga))
            {
                a = m;
                ga = gm;
            }
            else
            {
                b = m;
            }
        }

        return (a + b) / 2;
    }

    private static double[] Insert(double[] others, int i, double value)
    {
        var all = new double[others.Length + 1];
        Array.Copy(others, 0, all, 0, i);
        all[i] = value;
        Array.Copy(others, i, all, i + 1, others.Length - i);
        return all;
    }
}
