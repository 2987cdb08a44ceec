using ScenarioSim.Engine;
using ScenarioSim.Randomness;
using ScenarioSim.Statistics;

namespace ScenarioSim.Analysis;

/// <summary>
/// Variance-based global sensitivity analysis: Sobol' first-order (S1) and total-effect (ST) indices
/// from a Saltelli design. Two base matrices A and B of N points in the parameters' ranges, and for
/// each parameter i the matrix A_B^(i) (A with column i taken from B), give N·(k + 2) model runs. With
/// V the variance of f over the 2N points of A and B:
/// <code>
/// S1_i = (1/N) Σ_j (f(B)_j − f̄) · (f(A_B^(i))_j − f(A)_j) / V     Saltelli et al. (2010), Table 2 (b), centred
/// ST_i = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)² / V                 Jansen (1999); Saltelli et al. (2010), Table 2 (f)
/// </code>
/// A. Saltelli, P. Annoni, I. Azzini, F. Campolongo, M. Ratto, S. Tarantola, "Variance based sensitivity
/// analysis of model output. Design and estimator for the total sensitivity index", Computer Physics
/// Communications 181, 259–270 (2010). In the S1 sum f(B) is taken about the mean of the 2N outputs:
/// the indices do not change when a constant is added to f, but the raw estimator's variance grows
/// with the squared mean, and a metric such as <c>isis_fighters_end</c> (mean ~3,500, spread ~250)
/// would otherwise need hundreds of times more samples. Confidence intervals come from resampling the
/// N rows with replacement (percentile bootstrap); with a quasi-random design they are conservative.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SobolSensitivity
{
    /// <summary>The method's name in <c>sensitivity.json</c> and on the command line: <c>sobol</c>.</summary>
    public const string MethodName = "sobol";

    /// <summary>Estimates the indices of <paramref name="model"/> over the parameters' ranges.</summary>
    /// <param name="parameters">The parameters (at least one), their ranges sampled uniformly.</param>
    /// <param name="model">The model: parameter values in order → a number. Called concurrently unless <see cref="SobolOptions.MaxDegreeOfParallelism"/> is 1.</param>
    /// <param name="options">Samples, bootstrap, seed, sampling and threads.</param>
    /// <param name="progress">Receives progress in model evaluations.</param>
    /// <param name="cancellationToken">Stops the evaluations.</param>
    /// <returns>The indices, in parameter order.</returns>
    public static SobolResult Analyze(
        IReadOnlyList<ParameterRange> parameters,
        Func<IReadOnlyList<double>, double> model,
        SobolOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(model);
        options ??= new SobolOptions();
        Validate(parameters.Count, options);

        var points = Design(parameters, options, cancellationToken);
        var outputs = PointEvaluator.Run(
            points.Count, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount, (i, _) => model(points[i]), progress, cancellationToken);
        return Estimate(parameters, outputs, options);
    }

    /// <summary>
    /// The Saltelli design in parameter units, in evaluation order: the N rows of A, the N rows of B,
    /// then the N rows of A_B^(i) for each parameter i in turn.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="options">Samples, sampling and seed.</param>
    /// <param name="cancellationToken">Stops drawing a large design.</param>
    /// <returns>N·(k + 2) points.</returns>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static IReadOnlyList<double[]> Design(IReadOnlyList<ParameterRange> parameters, SobolOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(options);
        Validate(parameters.Count, options);
        int k = parameters.Count;
        int n = options.Samples;
        double[][] unit = options.Sampling == SensitivitySampling.SobolSequence
            ? SobolSequence.Generate(n, 2 * k, skip: 1, cancellationToken)
            : Enumerable.Range(0, n).Select(LatinHypercubeRow(LatinHypercube.Sample(n, 2 * k, options.Seed, cancellationToken), 2 * k)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();

        // Columns 0…k−1 of a unit row are A's, k…2k−1 B's; A_B^(i) takes column i from B.
        double[] Row(double[] u, bool fromB, int columnFromB = -1) =>
            [.. parameters.Select((p, d) => p.At(u[fromB || d == columnFromB ? k + d : d]))];

        var points = new List<double[]>(n * (k + 2));
        points.AddRange(unit.Select(u => Row(u, fromB: false)));
        points.AddRange(unit.Select(u => Row(u, fromB: true)));
        for (int i = 0; i < k; i++)
        {
            points.AddRange(unit.Select(u => Row(u, fromB: false, columnFromB: i)));
        }

        return points;
    }

    /// <summary>Estimates the indices from the outputs of <see cref="Design"/>'s points, in its order.</summary>
    /// <param name="parameters">The parameters.</param>
    /// <param name="outputs">One output per design point.</param>
    /// <param name="options">Samples, bootstrap and seed.</param>
    /// <returns>The indices with bootstrap intervals.</returns>
    public static SobolResult Estimate(IReadOnlyList<ParameterRange> parameters, IReadOnlyList<double> outputs, SobolOptions options)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(outputs);
        ArgumentNullException.ThrowIfNull(options);
        int k = parameters.Count;
        int n = options.Samples;
        if (outputs.Count != n * (k + 2))
        {
            throw new ArgumentException($"Expected {n * (k + 2)} outputs (N·(k + 2)), but {outputs.Count} were given.", nameof(outputs));
        }

        if (outputs.Any(double.IsNaN))
        {
            throw new ArgumentException("The model returned NaN at some point; Sobol' indices need a value at every point.", nameof(outputs));
        }

        double[] fA = [.. outputs.Take(n)];
        double[] fB = [.. outputs.Skip(n).Take(n)];
        double[][] fAB = [.. Enumerable.Range(0, k).Select(i => outputs.Skip((2 + i) * n).Take(n).ToArray())];

        int[] all = [.. Enumerable.Range(0, n)];
        var (s1, st, mean, variance) = Indices(fA, fB, fAB, all);

        var bootS1 = new double[k][];
        var bootST = new double[k][];
        for (int i = 0; i < k; i++)
        {
            bootS1[i] = new double[options.BootstrapResamples];
            bootST[i] = new double[options.BootstrapResamples];
        }

        var rng = AnalysisStreams.Create(options.Seed, AnalysisStreams.Bootstrap);
        var rows = new int[n];
        for (int b = 0; b < options.BootstrapResamples; b++)
        {
            Resample(ref rng, rows);
            var (bs1, bst, _, _) = Indices(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++)
            {
                bootS1[i][b] = bs1[i];
                bootST[i][b] = bst[i];
            }
        }

        var indices = parameters.Select((p, i) =>
        {
            var (s1Low, s1High, s1Se) = Interval(bootS1[i]);
            var (stLow, stHigh, stSe) = Interval(bootST[i]);
            return new SobolIndex(p.Path, s1[i], s1Low, s1High, s1Se, st[i], stLow, stHigh, stSe);
        }).ToList();
        return new SobolResult(parameters, indices, n, outputs.Count, options.Sampling, options.BootstrapResamples, mean, variance);
    }

    /// <summary>The estimators over the rows <paramref name="rows"/> (all of them, or a bootstrap resample). NaN when the outputs do not vary.</summary>
    private static (double[] S1, double[] ST, double Mean, double Variance) Indices(double[] fA, double[] fB, double[][] fAB, int[] rows)
    {
        int n = rows.Length;
        double sum = 0;
        foreach (int j in rows)
        {
            sum += fA[j] + fB[j];
        }

        double mean = sum / (2.0 * n);
        double squares = 0;
        foreach (int j in rows)
        {
            squares += ((fA[j] - mean) * (fA[j] - mean)) + ((fB[j] - mean) * (fB[j] - mean));
        }

        double variance = squares / (2.0 * n);
        int k = fAB.Length;
        var s1 = new double[k];
        var st = new double[k];
        for (int i = 0; i < k; i++)
        {
            double first = 0;
            double total = 0;
            foreach (int j in rows)
            {
                double change = fAB[i][j] - fA[j];
                first += (fB[j] - mean) * change;
                total += change * change;
            }

            s1[i] = variance > 0 ? first / n / variance : double.NaN;
            st[i] = variance > 0 ? total / (2.0 * n) / variance : double.NaN;
        }

        return (s1, st, mean, variance);
    }

    /// <summary>Percentile 95% interval (type-7 quantiles) and standard deviation of bootstrap replicates; NaN ones are dropped.</summary>
    internal static (double Low, double High, double Se) Interval(double[] replicates)
    {
        double[] sorted = [.. replicates.Where(x => !double.IsNaN(x)).Order()];
        return (Type7Quantile.OfSorted(sorted, 0.025), Type7Quantile.OfSorted(sorted, 0.975), Math.Sqrt(SampleStatistics.Variance(sorted)));
    }

    /// <summary>Fills <paramref name="rows"/> with row indices drawn uniformly with replacement.</summary>
    internal static void Resample(ref Xoshiro256StarStar rng, int[] rows)
    {
        for (int j = 0; j < rows.Length; j++)
        {
            rows[j] = AnalysisStreams.NextIndex(ref rng, rows.Length);
        }
    }

    private static Func<int, double[]> LatinHypercubeRow(LatinHypercubeDesign design, int dimensions) =>
        i => [.. Enumerable.Range(0, dimensions).Select(d => design.Unit(i, d))];

    private static void Validate(int parameters, SobolOptions options)
    {
        if (parameters < 1)
        {
            throw new ArgumentException("Sobol' indices need at least one parameter.", nameof(parameters));
        }

        if (options.Samples < 2 || options.BootstrapResamples < 1 || options.MaxDegreeOfParallelism is < 1)
        {
            throw new ArgumentException(
                $"Sobol' options need samples >= 2, bootstrap resamples >= 1 and threads >= 1, but were {options.Samples}, {options.BootstrapResamples} and {options.MaxDegreeOfParallelism}.",
                nameof(options));
        }

        if (options.Sampling == SensitivitySampling.SobolSequence && 2 * parameters > SobolSequence.MaxDimensions)
        {
            throw new ArgumentException(
                $"The Sobol' sequence here has {SobolSequence.MaxDimensions} dimensions, enough for {SobolSequence.MaxDimensions / 2} parameters, but {parameters} were given; use Latin hypercube sampling.",
                nameof(parameters));
        }
    }
}
