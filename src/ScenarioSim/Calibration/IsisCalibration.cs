using MathNet.Numerics.LinearAlgebra;
using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Statistics;

namespace ScenarioSim.Calibration;

/// <summary>
/// Fits ISIS parameters by the method of simulated moments: the moments are the observed
/// <c>isis_attacks</c> row counts, their model counterparts the means over R simulated replications.
/// Every candidate is simulated with the same seed and replications (common random numbers), so the
/// criterion changes with the parameters, not with the draws. Two steps: weights 1/variance of the
/// simulated counts at the start, then again at the first-step estimate.
/// </summary>
/// <remarks>
/// Standard errors use the sandwich <c>(GᵀWG)⁻¹GᵀW·(1 + 1/R)Ω·WG(GᵀWG)⁻¹</c>, with G the derivative of the
/// simulated means by central differences (common random numbers) and Ω the covariance of the simulated
/// counts at the estimate: the observed counts are one realisation, the simulated means add Ω/R.
/// Stateless and thread-safe.
/// </remarks>
internal static class IsisCalibration
{
    /// <summary>Fits the ISIS parameters among <paramref name="parameters"/> to the <c>isis_attacks</c> rows.</summary>
    /// <param name="scenario">The scenario; its values are the starting point.</param>
    /// <param name="data">The observations.</param>
    /// <param name="parameters">The parameters to fit; militia ones are ignored.</param>
    /// <param name="replications">Replications per candidate.</param>
    /// <param name="seed">The seed shared by every candidate.</param>
    /// <param name="cancellationToken">Stops the fit.</param>
    /// <returns>The estimates and their intervals.</returns>
    /// <exception cref="InvalidInputException">There are no ISIS rows, or fewer rows than parameters.</exception>
    public static IsisFitResult Fit(
        Scenario scenario, ObservationSet data, IReadOnlyList<FitParameter> parameters, int replications, ulong seed,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        var isis = parameters.Where(p => p.Component == FitComponent.Isis).ToArray();
        var rows = data.Of(ObservedSeries.IsisAttacks);
        if (rows.Count < isis.Length)
        {
            throw new InvalidInputException([Diagnostic.InFile(data.File, 0,
                $"{isis.Length} ISIS parameters need at least as many isis_attacks rows (moments), but the data have {rows.Count}")]);
        }

        double[] y = rows.Select(r => (double)r.Count).ToArray();
        long[][] Simulate(double[] u) => ObservationSampler.Sample(
            FitParameter.Apply(scenario, isis, u.Select((v, i) => isis[i].ToNatural(v)).ToArray()), rows, replications, seed, cancellationToken);

        double[] u0 = isis.Select(p => p.ToUnbounded(p.Start)).ToArray();
        double[] weights = Weights(Simulate(u0));
        double Criterion(double[] u) => Distance(y, Means(Simulate(u)), weights);
        var (u1, _) = BoundedMinimizer.Minimize(Criterion, u0, step: 0.3, tolerance: 1e-6, rounds: 2);

        weights = Weights(Simulate(u1));
        var (u, objective) = BoundedMinimizer.Minimize(Criterion, u1, step: 0.1, tolerance: 1e-6, rounds: 2);

        var (seU, warning) = StandardErrors(u, Simulate, weights, replications, rows.Count);
        var warnings = warning is null ? new List<string>() : [warning];
        var estimates = new List<ParameterEstimate>();
        for (int i = 0; i < isis.Length; i++)
        {
            double x = isis[i].ToNatural(u[i]);
            double se = Math.Abs(isis[i].Slope(u[i])) * seU[i];
            double low = double.IsFinite(seU[i]) ? isis[i].ToNatural(u[i] - (StandardNormal.Z975 * seU[i])) : double.NaN;
            double high = double.IsFinite(seU[i]) ? isis[i].ToNatural(u[i] + (StandardNormal.Z975 * seU[i])) : double.NaN;
            estimates.Add(new ParameterEstimate(isis[i].Path, x, se, low, high, "wald-transformed"));
        }

        return new IsisFitResult
        {
            Parameters = estimates,
            Objective = objective,
            Replications = replications,
            Seed = seed,
            Rows = rows.Count,
            Fitted = FitParameter.Apply(scenario, isis, estimates.Select(e => e.Estimate).ToArray()),
            Warnings = warnings,
        };
    }

    private static double[] Means(long[][] samples) => samples.Select(s => s.Average(x => (double)x)).ToArray();

    /// <summary>1 / (variance + 1) per row: the +1 keeps rows that never vary from dominating.</summary>
    private static double[] Weights(long[][] samples) => samples.Select(s =>
    {
        double mean = s.Average(x => (double)x);
        double variance = s.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, s.Length - 1);
        return 1 / (variance + 1);
    }).ToArray();

    private static double Distance(double[] y, double[] m, double[] w)
    {
        double sum = 0;
        for (int j = 0; j < y.Length; j++)
        {
            sum += w[j] * (y[j] - m[j]) * (y[j] - m[j]);
        }

        return sum;
    }

    private static (double[] SeU, string? Warning) StandardErrors(
        double[] u, Func<double[], long[][]> simulate, double[] weights, int replications, int rows)
    {
        int p = u.Length;
        const double h = 0.1;
        var g = Matrix<double>.Build.Dense(rows, p);
        for (int k = 0; k < p; k++)
        {
            var up = (double[])u.Clone();
            var down = (double[])u.Clone();
            up[k] += h;
            down[k] -= h;
            double[] mUp = Means(simulate(up));
            double[] mDown = Means(simulate(down));
            for (int j = 0; j < rows; j++)
            {
                g[j, k] = (mUp[j] - mDown[j]) / (2 * h);
            }
        }

        long[][] samples = simulate(u);
        var omega = Matrix<double>.Build.Dense(rows, rows);
        double[] means = Means(samples);
        int n = samples[0].Length;
        for (int a = 0; a < rows; a++)
        {
            for (int b = 0; b <= a; b++)
            {
                double c = 0;
                for (int r = 0; r < n; r++)
                {
                    c += (samples[a][r] - means[a]) * (samples[b][r] - means[b]);
                }

                c /= Math.Max(1, n - 1);
                omega[a, b] = c;
                omega[b, a] = c;
            }
        }

        var w = Matrix<double>.Build.DenseOfDiagonalArray(weights);
        var bread = g.TransposeThisAndMultiply(w * g);
        if (bread.Determinant() is var det && !(Math.Abs(det) > 1e-300) || bread.ConditionNumber() > 1e12)
        {
            return (Enumerable.Repeat(double.NaN, p).ToArray(),
                "the simulated moments barely change with some parameter (or two parameters move them alike), so no standard error is available; add rows that separate them or fit fewer parameters");
        }

        var inverse = bread.Inverse();
        var meat = g.TransposeThisAndMultiply(w * (omega * (1 + (1.0 / replications))) * w * g);
        var covariance = inverse * meat * inverse;
        return (Enumerable.Range(0, p).Select(i => Math.Sqrt(Math.Max(0, covariance[i, i]))).ToArray(), null);
    }
}
