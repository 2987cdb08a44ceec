using MathNet.Numerics.Distributions;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;
using ScenarioSim.Statistics;

namespace ScenarioSim.Analysis;

/// <summary>
/// Compares scenarios under common random numbers: every scenario runs with the same seed and the
/// same replication indices, so replication <c>i</c> of each draws from the same streams wherever a
/// component is unchanged, and each scenario's difference from the first is estimated from the
/// paired per-replication differences. See docs/analysis.md.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScenarioComparison
{
    /// <summary>
    /// Runs every scenario with the same seed and replications (from <paramref name="options"/>, else
    /// the first scenario's <c>run:</c> block, else the defaults) and pairs each later scenario with the first.
    /// </summary>
    /// <param name="scenarios">At least two scenarios; the first is the reference.</param>
    /// <param name="options">Replications, seed and threads.</param>
    /// <param name="progress">Receives progress over all scenarios' replications.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <returns>The summaries and paired differences.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">A scenario or the options are invalid.</exception>
    public static ComparisonResult Compare(
        IReadOnlyList<Scenario> scenarios,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count < 2)
        {
            throw new ArgumentException($"A comparison needs at least two scenarios, but {scenarios.Count} were given.", nameof(scenarios));
        }

        var first = scenarios[0];
        var resolved = (options ?? new RunOptions()) with
        {
            Seed = AnalysisStreams.ResolveSeed(first, options),
            Replications = options?.Replications ?? first.Run.Replications ?? ModelDefaults.Replications,
        };

        int total = resolved.Replications!.Value;
        var runner = new ScenarioRunner();
        var labels = UniqueLabels(scenarios.Select(s => s.Name).ToList());
        var compared = new List<ComparedScenario>(scenarios.Count);
        var differences = new List<ScenarioDifferences>(scenarios.Count - 1);
        PairedRun? reference = null;
        for (int s = 0; s < scenarios.Count; s++)
        {
            int offset = s * total;
            var scaled = ProgressRelay.Offset(progress, offset, (long)total * scenarios.Count);
            var run = runner.RunPaired(scenarios[s], resolved, scaled, cancellationToken);
            compared.Add(new ComparedScenario(labels[s], Engine.ScenarioFingerprint.Sha256(scenarios[s]), Summaries(run.Metrics)) { Series = run.Result.Series });

            // Only the reference's per-replication values are kept: each later run is paired and let go.
            if (reference is null)
            {
                reference = run;
                continue;
            }

            differences.Add(new ScenarioDifferences(labels[s], MetricNames.All.Select(m => Pair(m, reference.Metrics[m], run.Metrics[m])).ToList())
            {
                Series = PairMonths(reference.Months, run.Months),
            });
        }

        return new ComparisonResult(resolved.Seed!.Value, total, compared, differences);
    }

    /// <summary>
    /// Pairs two scenarios' values of one metric replication by replication. Replications where either
    /// value is NaN (no value) are left out and counted in <see cref="PairedDifference.Unpaired"/>.
    /// </summary>
    /// <param name="metric">The metric's name, for the result.</param>
    /// <param name="reference">The reference scenario's values, by replication.</param>
    /// <param name="scenario">The other scenario's values, by replication (same length).</param>
    /// <returns>The paired difference <c>scenario − reference</c>.</returns>
    public static PairedDifference Pair(string metric, IReadOnlyList<double> reference, IReadOnlyList<double> scenario)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(scenario);
        if (reference.Count != scenario.Count)
        {
            throw new ArgumentException($"The scenarios hold {reference.Count} and {scenario.Count} replications; pairing needs the same.", nameof(scenario));
        }

        var a = new List<double>(reference.Count);
        var b = new List<double>(reference.Count);
        var d = new List<double>(reference.Count);
        for (int i = 0; i < reference.Count; i++)
        {
            if (!double.IsNaN(reference[i]) && !double.IsNaN(scenario[i]))
            {
                a.Add(reference[i]);
                b.Add(scenario[i]);
                d.Add(scenario[i] - reference[i]);
            }
        }

        int n = d.Count;
        double mean = n == 0 ? double.NaN : d.Sum() / n;
        double varianceDifference = SampleStatistics.Variance(d);
        double sd = Math.Sqrt(varianceDifference);
        double se = sd / Math.Sqrt(n);
        double t = n < 2 ? double.NaN : StudentT.InvCDF(0, 1, n - 1, 0.975);
        double halfWidth = n < 2 ? double.NaN : se == 0 ? 0 : t * se;
        double varianceIndependent = SampleStatistics.Variance(a) + SampleStatistics.Variance(b);
        var (referenceMean, percent, percentLow, percentHigh) = PercentChange(a, b, t);
        return new PairedDifference(
            metric, n, reference.Count - n, mean, sd, se, mean - halfWidth, mean + halfWidth,
            varianceIndependent, varianceDifference, VarianceReduction(varianceIndependent, varianceDifference))
        {
            ReferenceMean = referenceMean,
            PercentChange = percent,
            PercentChangeCi95Low = percentLow,
            PercentChangeCi95High = percentHigh,
        };
    }

    /// <summary>
    /// The percent change of the paired means, <c>100 (R − 1)</c> with <c>R = mean(b) / mean(a)</c>, and its
    /// 95% interval from the delta method for a ratio of paired means: <c>se(R) = sd(b − R a) / (√n |mean(a)|)</c>
    /// (the ratio estimator's linearisation; Cochran, Sampling Techniques, 3rd ed., §6.4). NaN when mean(a) is 0.
    /// </summary>
    private static (double ReferenceMean, double Percent, double Low, double High) PercentChange(List<double> a, List<double> b, double t)
    {
        int n = a.Count;
        double meanA = n == 0 ? double.NaN : a.Sum() / n;
        if (n == 0 || meanA == 0)
        {
            return (meanA, double.NaN, double.NaN, double.NaN);
        }

        double ratio = (b.Sum() / n) / meanA;
        var residuals = new List<double>(n);
        for (int i = 0; i < n; i++)
        {
            residuals.Add(b[i] - (ratio * a[i]));
        }

        double se = Math.Sqrt(SampleStatistics.Variance(residuals) / n) / Math.Abs(meanA);
        double halfWidth = n < 2 ? double.NaN : se == 0 ? 0 : t * se;
        return (meanA, 100 * (ratio - 1), 100 * (ratio - halfWidth - 1), 100 * (ratio + halfWidth - 1));
    }

    /// <summary>Pairs two runs' monthly totals series by series and month, over the series and months both have.</summary>
    private static List<MonthlyDifference> PairMonths(MonthlyTotalsSink reference, MonthlyTotalsSink scenario)
    {
        var differences = new List<MonthlyDifference>();
        for (int s = 0; s < reference.Series.Length; s++)
        {
            int other = Array.IndexOf(scenario.Series, reference.Series[s]);
            if (other < 0)
            {
                continue;
            }

            for (int m = 0; m < reference.Months.Length; m++)
            {
                int month = Array.IndexOf(scenario.Months, reference.Months[m]);
                if (month >= 0)
                {
                    var d = Pair(reference.Series[s], reference.Month(s, m), scenario.Month(other, month));
                    differences.Add(new MonthlyDifference(reference.Series[s], reference.Months[m], d));
                }
            }
        }

        return differences;
    }

    /// <summary>
    /// <c>independent / paired</c>, with the edge cases of <see cref="PairedDifference.VarianceReduction"/>:
    /// +∞ when only the paired variance is zero, NaN when both are zero or either is undefined.
    /// </summary>
    internal static double VarianceReduction(double independent, double paired) =>
        double.IsNaN(independent) || double.IsNaN(paired) ? double.NaN
        : paired > 0 ? independent / paired
        : independent > 0 ? double.PositiveInfinity
        : double.NaN;

    private static List<MetricSummary> Summaries(ReplicationMetrics metrics) =>
        MetricNames.All.Select(name =>
        {
            var values = metrics[name];
            var statistics = SampleStatistics.Summarise(values);
            return new MetricSummary(name, statistics)
            {
                Probability = MetricNames.IsBinary(name) ? WilsonInterval.Estimate(values.LongCount(v => v >= 1), statistics.Count) : null,
                MissingCount = metrics.Count - statistics.Count,
            };
        }).ToList();

    private static List<string> UniqueLabels(IReadOnlyList<string> names)
    {
        var labels = new List<string>(names.Count);
        foreach (string name in names)
        {
            string label = name;
            for (int k = 2; labels.Contains(label, StringComparer.Ordinal); k++)
            {
                label = $"{name} ({k})";
            }

            labels.Add(label);
        }

        return labels;
    }
}
