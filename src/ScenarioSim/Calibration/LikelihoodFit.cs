using MathNet.Numerics.LinearAlgebra;
using ScenarioSim.Statistics;

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
    public const double ProfileDrop = StandardNormal.ChiSquaredOne95 / 2;

    /// <summary>The standard normal 97.5% point, √3.841.</summary>
    private const double Critical = StandardNormal.Z975;

    /// <summary>The step of the numerical Hessian on the optimiser's (unbounded) scale.</summary>
    private const double HessianStep = 1e-3;

    /// <summary>How far out on the optimiser's scale a parameter counts as on its bound (e^−12 ≈ 6·10⁻⁶ of the way in).</summary>
    private const double Plateau = 12;

    /// <summary>How close z must come to the 95% point for an interval end.</summary>
    private const double ZTolerance = 2e-3;

    /// <summary>How far past the estimate (or past 0, for an estimate on the far bound) a profile end is sought on the optimiser's scale.</summary>
    private const double Reach = 30;

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
        var (u, value) = MinimizeOffPlateau(fit.Negative, u0, Enumerable.Repeat(0.5, u0.Length).ToArray(), tolerance: 1e-9, rounds: 3);
        fit.EstimateUnbounded = u;
        fit.Estimate = fit.Natural(u);
        fit.MaximumLogLikelihood = -value;
        return fit;
    }

    /// <summary>
    /// Computes the Hessian-based covariance and the standard errors of the natural values. Parameters
    /// on a bound (where the likelihood is flat on the optimiser's scale) get no standard error, and the
    /// others' are conditional on them.
    /// </summary>
    public double[] StandardErrors()
    {
        int p = _parameters.Count;
        var se = Enumerable.Repeat(double.NaN, p).ToArray();
        var interior = Enumerable.Range(0, p).Where(i => !AtBound(i)).ToArray();
        if (interior.Length == 0)
        {
            return se;
        }

        var hessian = CentralDifferenceHessian.Of(Negative, EstimateUnbounded, interior, HessianStep);
        try
        {
            var cholesky = hessian.Cholesky();
            var inverse = cholesky.Solve(Matrix<double>.Build.DenseIdentity(interior.Length));
            Covariance = Matrix<double>.Build.Dense(p, p, double.NaN);
            for (int a = 0; a < interior.Length; a++)
            {
                for (int b = 0; b < interior.Length; b++)
                {
                    Covariance[interior[a], interior[b]] = inverse[a, b];
                }
            }
        }
        catch (ArgumentException)
        {
            Covariance = null;
            return se;
        }

        foreach (int i in interior)
        {
            se[i] = Math.Abs(_parameters[i].Slope(EstimateUnbounded[i])) * Math.Sqrt(Covariance[i, i]);
        }

        return se;
    }

    /// <summary>True when parameter <paramref name="i"/> sits on a bound: so far out on the optimiser's scale that the likelihood no longer changes.</summary>
    public bool AtBound(int i) => Math.Abs(EstimateUnbounded[i]) > Plateau;

    /// <summary>The profile-likelihood 95% interval of parameter <paramref name="i"/> in natural units.</summary>
    public (double Low, double High) ProfileInterval(int i)
    {
        double seU = Covariance is { } c && double.IsFinite(c[i, i]) ? Math.Sqrt(c[i, i]) : 0.5;
        double low = ProfileEnd(i, -1, seU);
        double high = ProfileEnd(i, +1, seU);
        return (low, high);
    }

    private double[] Natural(double[] u) => u.Select((v, i) => _parameters[i].ToNatural(v)).ToArray();

    private double Negative(double[] u) => -_logLikelihood(Natural(u));

    /// <summary>
    /// Finds where the profile log-likelihood of parameter i has dropped by <see cref="ProfileDrop"/>
    /// on one side of the estimate. Each profile point maximises over the other parameters, starting
    /// from the better of the nearest point already profiled and the quadratic prediction.
    /// </summary>
    private double ProfileEnd(int i, int direction, double seU)
    {
        var known = new SortedList<double, double[]> { [EstimateUnbounded[i]] = EstimateUnbounded };
        double Profile(double ui)
        {
            double Inner(double[] v) => Negative(Insert(v, i, ui));
            double[] nearest = known.MinBy(k => Math.Abs(k.Key - ui)).Value.Where((_, k) => k != i).ToArray();
            double[] start = nearest;
            double[] steps = Enumerable.Repeat(0.25, nearest.Length).ToArray();
            if (Covariance is { } c && double.IsFinite(c[i, i]))
            {
                // Where a quadratic log-likelihood would put the others: û_o + Σ_oi/Σ_ii·(u_i − û_i).
                var predicted = new double[nearest.Length];
                for (int k = 0, o = 0; k < _parameters.Count; k++)
                {
                    if (k == i)
                    {
                        continue;
                    }

                    bool usable = double.IsFinite(c[k, i]) && double.IsFinite(c[k, k]);
                    predicted[o] = usable ? EstimateUnbounded[k] + (c[k, i] / c[i, i] * (ui - EstimateUnbounded[i])) : nearest[o];
                    steps[o] = usable ? Math.Clamp(Math.Sqrt(Math.Max(0, c[k, k] - (c[k, i] * c[k, i] / c[i, i]))), 0.02, 0.5) : 0.25;
                    o++;
                }

                if (nearest.Length > 0 && Inner(predicted) < Inner(nearest))
                {
                    start = predicted;
                }
            }

            var (point, value) = MinimizeOffPlateau(Inner, start, steps, tolerance: 1e-8, rounds: 1);
            known[ui] = Insert(point, i, ui);
            return -value;
        }

        if (AtBound(i) && Math.Sign(EstimateUnbounded[i]) == direction)
        {
            return direction > 0 ? _parameters[i].Upper : _parameters[i].Lower;
        }

        // On the signed-root scale z(u) = √(2(ℓ̂ − ℓ_p(u))) a profile is close to linear in u, so a secant
        // from the estimate (z = 0) and a first point 1.96 standard errors out usually lands in two steps.
        // An estimate on the far bound (alpha on 0) starts on a plateau where z hardly moves: the steps
        // double until z passes the target, and the end is then bracketed and found by regula falsi.
        double Z(double ui) => Math.Sqrt(2 * Math.Max(0, MaximumLogLikelihood - Profile(ui)));
        double origin = EstimateUnbounded[i];
        double limit = direction * (Math.Max(direction * origin, 0) + Reach);
        double inside = origin;
        double insideZ = 0;
        double current = origin + (direction * Math.Clamp(Critical * seU, 0.02, 4.0));
        for (int k = 0; ; k++)
        {
            bool last = direction * (current - limit) >= 0;
            current = last ? limit : current;
            double z = Z(current);
            if (Math.Abs(z - Critical) < ZTolerance)
            {
                return _parameters[i].ToNatural(current);
            }

            if (z > Critical)
            {
                return _parameters[i].ToNatural(Bracketed(Z, inside, insideZ, current, z));
            }

            if (last || k >= 60)
            {
                // The likelihood never drops enough: the interval runs to the bound.
                return direction > 0 ? _parameters[i].Upper : _parameters[i].Lower;
            }

            double slope = (z - insideZ) / Math.Abs(current - inside);
            double distance = Math.Abs(current - origin);
            double next = slope > 1e-9 ? distance + ((Critical - z) / slope) : 2 * distance;
            (inside, insideZ) = (current, z);
            current = origin + (direction * Math.Clamp(next, distance * 1.05, 2 * distance));
        }
    }

    /// <summary>Where z crosses the 95% point between a point inside (z below it) and one outside, by the Illinois variant of regula falsi.</summary>
    private static double Bracketed(Func<double, double> z, double inside, double insideZ, double outside, double outsideZ)
    {
        double a = inside;
        double fa = insideZ - Critical;
        double b = outside;
        double fb = outsideZ - Critical;
        int side = 0;
        for (int k = 0; k < 50; k++)
        {
            double c = b - (fb * (b - a) / (fb - fa));
            double fc = z(c) - Critical;
            if (Math.Abs(fc) < ZTolerance || Math.Abs(b - a) < 1e-9)
            {
                return c;
            }

            if (Math.Sign(fc) == Math.Sign(fb))
            {
                (b, fb) = (c, fc);
                fa = side == -1 ? fa / 2 : fa;
                side = -1;
            }
            else
            {
                (a, fa) = (c, fc);
                fb = side == +1 ? fb / 2 : fb;
                side = +1;
            }
        }

        return Math.Abs(fa) < Math.Abs(fb) ? a : b;
    }

    /// <summary>
    /// Minimises from <paramref name="start"/>; when that ends with a coordinate on a bound, where the
    /// log or logit scale is flat and a simplex cannot feel the slope, minimises again from a point pulled
    /// back inside and keeps the better result. A parameter whose best value is on the bound returns to it.
    /// </summary>
    private static (double[] Point, double Value) MinimizeOffPlateau(Func<double[], double> f, double[] start, double[] steps, double tolerance, int rounds)
    {
        var first = BoundedMinimizer.Minimize(f, start, steps, tolerance, rounds);
        if (first.Point.All(u => Math.Abs(u) <= Plateau))
        {
            return first;
        }

        var inside = first.Point.Select(u => Math.Clamp(u, -4, 4)).ToArray();
        var second = BoundedMinimizer.Minimize(f, inside, steps.Select(x => Math.Max(x, 0.5)).ToArray(), tolerance, rounds);
        return second.Value < first.Value ? second : first;
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
