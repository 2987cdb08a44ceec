using ScenarioSim.Engine;

namespace ScenarioSim.Analysis;

/// <summary>
/// Morris's elementary-effects screening (M. D. Morris, "Factorial sampling plans for preliminary
/// computational experiments", Technometrics 33, 161–174, 1991), with μ* from Campolongo, Cariboni and
/// Saltelli (2007): far cheaper than Sobol' indices (r·(k + 1) runs) and good at telling the parameters
/// that matter from those that do not, though it does not apportion variance. Each trajectory starts at a
/// random point of a p-level grid in the unit cube and moves each parameter once, in random order, by
/// ±Δ with Δ = p / (2(p − 1)); consecutive points give one elementary effect per parameter.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class MorrisScreening
{
    /// <summary>The method's name in <c>sensitivity.json</c> and on the command line: <c>morris</c>.</summary>
    public const string MethodName = "morris";

    /// <summary>Screens <paramref name="model"/> over the parameters' ranges.</summary>
    /// <param name="parameters">The parameters (at least one).</param>
    /// <param name="model">The model: parameter values in order → a number. Called concurrently unless <see cref="MorrisOptions.MaxDegreeOfParallelism"/> is 1.</param>
    /// <param name="options">Trajectories, levels, bootstrap, seed and threads.</param>
    /// <param name="progress">Receives progress in model evaluations.</param>
    /// <param name="cancellationToken">Stops the evaluations.</param>
    /// <returns>μ*, μ and σ per parameter, in parameter order.</returns>
    public static MorrisResult Analyze(
        IReadOnlyList<ParameterRange> parameters,
        Func<IReadOnlyList<double>, double> model,
        MorrisOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(model);
        options ??= new MorrisOptions();
        var points = Design(parameters, options, cancellationToken);
        var outputs = PointEvaluator.Run(
            points.Count, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, (i, _) => model(points[i]), progress, cancellationToken);
        return Estimate(parameters, outputs, options);
    }

    /// <summary>The trajectories in parameter units, in evaluation order: r blocks of k + 1 points, each moving every parameter once.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="options">Trajectories, levels and seed.</param>
    /// <param name="cancellationToken">Stops drawing a large design.</param>
    /// <returns>r·(k + 1) points.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<double[]> Design(IReadOnlyList<ParameterRange> parameters, MorrisOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        return Trajectories(parameters, options, cancellationToken).Points;
    }

    /// <summary>Estimates μ*, μ and σ from the outputs of <see cref="Design"/>'s points, in its order.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="outputs">One output per design point.</param>
    /// <param name="options">Trajectories, levels, bootstrap and seed (the design's).</param>
    /// <returns>μ*, μ and σ per parameter, in parameter order, with bootstrap intervals of μ*.</returns>
    public static MorrisResult Estimate(IReadOnlyList<ParameterRange> parameters, IReadOnlyList<double> outputs, MorrisOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(options);
        var (points, moved, steps) = Trajectories(parameters, options);
        if (outputs.Count != points.Count)
        {
            throw new ArgumentException($"Expected {points.Count} outputs (r·(k + 1)), but {outputs.Count} were given.", nameof(outputs));
        }

        if (outputs.Any(double.IsNaN))
        {
            throw new ArgumentException("The model returned NaN at some point; elementary effects need a value at every point.", nameof(outputs));
        }

        int k = parameters.Count;
        int r = options.Trajectories;
        var effects = new double[k][];
        for (int i = 0; i < k; i++)
        {
            effects[i] = new double[r];
        }

        for (int t = 0; t < r; t++)
        {
            for (int step = 0; step < k; step++)
            {
                int at = (t * (k + 1)) + step;
                effects[moved[t][step]][t] = (outputs[at + 1] - outputs[at]) / steps[t][step];
            }
        }

        var rng = AnalysisStreams.Create(options.Seed, AnalysisStreams.Bootstrap);
        var rows = new int[r];
        var bootstrap = new double[k][];
        for (int i = 0; i < k; i++)
        {
            bootstrap[i] = new double[options.BootstrapResamples];
        }

        for (int b = 0; b < options.BootstrapResamples; b++)
        {
            SobolSensitivity.Resample(ref rng, rows);
            for (int i = 0; i < k; i++)
            {
                double sum = 0;
                foreach (int t in rows)
                {
                    sum += Math.Abs(effects[i][t]);
                }

                bootstrap[i][b] = sum / r;
            }
        }

        var result = parameters.Select((p, i) =>
        {
            var (low, high, _) = SobolSensitivity.Interval(bootstrap[i]);
            return new MorrisEffect(p.Path, effects[i].Average(Math.Abs), low, high, effects[i].Average(), Math.Sqrt(SampleStatistics.Variance(effects[i])));
        }).ToList();
        return new MorrisResult(parameters, result, r, options.Levels, outputs.Count, options.BootstrapResamples);
    }

    /// <summary>
    /// The trajectories in parameter units, in evaluation order (r blocks of k + 1 points), with, for
    /// each trajectory, the parameter moved at each step and the signed step ±Δ in unit-cube terms.
    /// </summary>
    internal static (List<double[]> Points, int[][] Moved, double[][] Steps) Trajectories(IReadOnlyList<ParameterRange> parameters, MorrisOptions options, CancellationToken cancellationToken = default)
    {
        int k = parameters.Count;
        int p = options.Levels;
        if (k < 1 || options.Trajectories < 2 || p < 2 || p % 2 != 0 || options.BootstrapResamples < 1 || options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentException(
                $"Morris screening needs at least one parameter, trajectories >= 2, an even number of levels >= 2, bootstrap resamples >= 1 and threads >= 1, but had {k}, {options.Trajectories}, {p}, {options.BootstrapResamples} and {options.MaxDegreeOfParallelism}.",
                nameof(options));
        }

        // Work in whole grid levels 0…p−1 so the ends are exact; a step is p/2 levels, i.e. Δ = (p/2)/(p−1).
        int jump = p / 2;
        double delta = (double)jump / (p - 1);
        var rng = AnalysisStreams.Create(options.Seed, AnalysisStreams.Morris);
        var points = new List<double[]>(options.Trajectories * (k + 1));
        var moved = new int[options.Trajectories][];
        var steps = new double[options.Trajectories][];
        var levels = new int[k];
        var order = new int[k];
        for (int t = 0; t < options.Trajectories; t++)
        {
            if ((t & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var up = new bool[k];
            for (int i = 0; i < k; i++)
            {
                int low = AnalysisStreams.NextIndex(ref rng, jump);
                up[i] = AnalysisStreams.NextIndex(ref rng, 2) == 0;
                levels[i] = up[i] ? low : low + jump;
                order[i] = i;
            }

            for (int i = k - 1; i > 0; i--)
            {
                int j = AnalysisStreams.NextIndex(ref rng, i + 1);
                (order[i], order[j]) = (order[j], order[i]);
            }

            points.Add(ToParameters(parameters, levels, p));
            moved[t] = (int[])order.Clone();
            steps[t] = new double[k];
            for (int step = 0; step < k; step++)
            {
                int i = order[step];
                levels[i] += up[i] ? jump : -jump;
                steps[t][step] = up[i] ? delta : -delta;
                points.Add(ToParameters(parameters, levels, p));
            }
        }

        return (points, moved, steps);
    }

    private static double[] ToParameters(IReadOnlyList<ParameterRange> parameters, int[] levels, int p) =>
        [.. parameters.Select((range, i) => range.At((double)levels[i] / (p - 1)))];
}
