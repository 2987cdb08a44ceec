using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace ScenarioSim.Calibration;

/// <summary>
/// Minimises a function of unbounded coordinates with MathNet's Nelder–Mead simplex, restarted from the
/// best point until it stops improving. Non-finite values count as a very large value, so the simplex
/// walks away from impossible parameters. Remembers the best point ever evaluated, so an optimiser that
/// stops on its iteration limit still returns it.
/// </summary>
internal static class BoundedMinimizer
{
    /// <summary>The value that stands for a non-finite one; a minimum this large means nothing finite was found.</summary>
    public const double Infeasible = 1e100;

    /// <summary>The minimum of <paramref name="f"/> from <paramref name="start"/>; zero dimensions just evaluate.</summary>
    public static (double[] Point, double Value) Minimize(Func<double[], double> f, double[] start, double step = 0.5, double tolerance = 1e-10, int rounds = 3) =>
        Minimize(f, start, Enumerable.Repeat(step, start.Length).ToArray(), tolerance, rounds);

    /// <summary>The minimum of <paramref name="f"/> from <paramref name="start"/> with a first simplex of the given size per coordinate.</summary>
    public static (double[] Point, double Value) Minimize(Func<double[], double> f, double[] start, double[] steps, double tolerance, int rounds)
    {
        double Safe(double[] u)
        {
            double v = f(u);
            return double.IsFinite(v) ? v : Infeasible;
        }

        if (start.Length == 0)
        {
            return (start, Safe(start));
        }

        double[] best = (double[])start.Clone();
        double bestValue = Safe(best);
        double Tracked(Vector<double> v)
        {
            double[] u = v.ToArray();
            double value = Safe(u);
            if (value < bestValue)
            {
                bestValue = value;
                best = u;
            }

            return value;
        }

        double previous = double.PositiveInfinity;
        for (int round = 0; round < rounds && bestValue < previous - 1e-7; round++)
        {
            previous = bestValue;
            var simplex = new NelderMeadSimplex(tolerance, 4000);
            try
            {
                simplex.FindMinimum(
                    ObjectiveFunction.Value(Tracked),
                    Vector<double>.Build.DenseOfArray(best),
                    Vector<double>.Build.DenseOfArray(steps.Select(x => round == 0 ? x : x / 4).ToArray()));
            }
            catch (MaximumIterationsException)
            {
                // The best point seen so far is kept; a further round restarts from it.
            }
        }

        return (best, bestValue);
    }
}
