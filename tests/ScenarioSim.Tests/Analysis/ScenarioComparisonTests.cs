using MathNet.Numerics.Distributions;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Analysis;

/// <summary>
/// Paired comparisons under common random numbers on the shipped baseline (short runs: a few hundred
/// replications of 1,217 days each).
/// </summary>
public sealed class ScenarioComparisonTests
{
    private static readonly RunOptions Options = new() { Replications = 200, Seed = 17, MaxDegreeOfParallelism = 2 };

    private static readonly string[] MilitiaMetrics =
    [
        MetricNames.MilitiaAttacksTotal, MetricNames.MilitiaFatalitiesTotal, MetricNames.AnyFatality, MetricNames.PeakMonthlyMilitiaAttacks,
    ];

    private static readonly string[] IsisMetrics =
    [
        MetricNames.IsisAttacksTotal, MetricNames.IsisFightersEnd, MetricNames.IsisFightersPeak, MetricNames.Resurgence, MetricNames.DaysToResurgence,
    ];

    [Test]
    public void Compare_ScenarioWithItself_EveryDifferenceExactlyZero()
    {
        var baseline = ShippedScenarios.Load("baseline");

        var comparison = ScenarioComparison.Compare([baseline, baseline], Options);

        Assert.That(comparison.Scenarios.Select(s => s.Label), Is.EqualTo(new[] { "baseline", "baseline (2)" }));
        foreach (var d in comparison.Differences.Single().Metrics.Where(d => d.Pairs > 0))
        {
            Assert.That((d.Mean, d.Sd, d.Ci95Low, d.Ci95High), Is.EqualTo((0.0, 0.0, 0.0, 0.0)), d.Metric);
        }

        var attacks = comparison.Differences[0].Metric(MetricNames.MilitiaAttacksTotal);
        Assert.That(attacks.Pairs, Is.EqualTo(200));
        Assert.That(attacks.VarianceReduction, Is.EqualTo(double.PositiveInfinity), "the scenarios vary but their difference does not");
    }

    [Test]
    public void Compare_OnlyIsisParameterChanged_MilitiaDifferencesExactlyZero()
    {
        var comparison = ScenarioComparison.Compare(
            [ShippedScenarios.Load("baseline"), ShippedScenarios.Load("baseline", "isis.recruitment_rate=0.0014")], Options);

        var differences = comparison.Differences.Single();
        foreach (string metric in MilitiaMetrics.Append(MetricNames.TroopsEnd))
        {
            Assert.That((differences.Metric(metric).Mean, differences.Metric(metric).Sd), Is.EqualTo((0.0, 0.0)), metric);
        }

        Assert.That(differences.Metric(MetricNames.IsisFightersEnd).Mean, Is.GreaterThan(0), "the change does reach the ISIS pool");
    }

    [TestCase("regions.anbar.militia.base_rate=0.03", TestName = "Compare_OnlyMilitiaRateChanged_IsisDifferencesExactlyZero")]
    [TestCase("militia.hawkes.alpha=0.01", TestName = "Compare_OnlyHawkesChanged_IsisDifferencesExactlyZero")]
    public void Compare_OnlyMilitiaChanged_IsisDifferencesExactlyZero(string change)
    {
        var comparison = ScenarioComparison.Compare([ShippedScenarios.Load("baseline"), ShippedScenarios.Load("baseline", change)], Options);

        var differences = comparison.Differences.Single();
        foreach (string metric in IsisMetrics)
        {
            var d = differences.Metric(metric);
            Assert.That(d.Pairs == 0 || (d.Mean, d.Sd) == (0.0, 0.0), Is.True, $"{metric}: mean {d.Mean}, sd {d.Sd} over {d.Pairs} pairs");
        }

        Assert.That(differences.Metric(MetricNames.MilitiaAttacksTotal).Sd, Is.GreaterThan(0), "the change does reach the militia attacks");
    }

    /// <summary>
    /// Baseline against the faster exit: the variance of the per-replication difference under common
    /// random numbers is compared with the variance of differences between independent runs (the exit
    /// scenario run with another seed). The true ratio is about 100 for attacks and fighters (measured
    /// with 1,000 replications); requiring 10 leaves a wide margin, since each variance from 200 pairs
    /// has a relative standard error of about √(2/200) = 10% (more for skewed metrics, far less than tenfold).
    /// </summary>
    [Test]
    public void Compare_BaselineVersusFasterExit_CommonRandomNumbersFarBelowIndependentVariance()
    {
        var options = Options;
        var baseline = ShippedScenarios.Load("baseline");
        var fullExit = ShippedScenarios.Load("full-exit-2025");
        var runner = new ScenarioRunner();

        var comparison = ScenarioComparison.Compare([baseline, fullExit], options);
        var a = runner.RunReplicationMetrics(baseline, options);
        var independentB = runner.RunReplicationMetrics(fullExit, options with { Seed = 9_999 });

        foreach (string metric in new[] { MetricNames.MilitiaAttacksTotal, MetricNames.IsisFightersEnd })
        {
            var paired = comparison.Differences[0].Metric(metric);
            var independent = ScenarioComparison.Pair(metric, a[metric], independentB[metric]);
            Assert.That(paired.VarianceDifference, Is.LessThan(independent.VarianceDifference / 10), metric);
            Assert.That(paired.VarianceReduction, Is.GreaterThan(10), metric);
            Assert.That(paired.Ci95High - paired.Ci95Low, Is.LessThan((independent.Ci95High - independent.Ci95Low) / 3), metric);
        }
    }

    [Test]
    public void Pair_SmallSample_StudentIntervalFromThePairedStandardError()
    {
        var d = ScenarioComparison.Pair("m", [1, 2, 3, 4], [2, 4, 5, 5]);

        // Differences 1, 2, 2, 1: mean 1.5, variance 1/3, se √(1/3)/2.
        double se = Math.Sqrt(1.0 / 3) / 2;
        double t = StudentT.InvCDF(0, 1, 3, 0.975);
        Assert.That(d.Mean, Is.EqualTo(1.5));
        Assert.That(d.Se, Is.EqualTo(se).Within(1e-15));
        Assert.That(d.Ci95Low, Is.EqualTo(1.5 - (t * se)).Within(1e-12));
        Assert.That(d.Ci95High, Is.EqualTo(1.5 + (t * se)).Within(1e-12));
        Assert.That(d.VarianceIndependent, Is.EqualTo((5.0 / 3) + 2).Within(1e-12));
        Assert.That(d.VarianceReduction, Is.EqualTo(11).Within(1e-12));
    }

    [Test]
    public void Pair_MissingValues_PairsOnlyWhereBothHaveOne()
    {
        var d = ScenarioComparison.Pair(MetricNames.DaysToResurgence, [10, double.NaN, 30, 40, double.NaN], [12, 20, double.NaN, 44, double.NaN]);

        Assert.That((d.Pairs, d.Unpaired), Is.EqualTo((2L, 3L)));
        Assert.That(d.Mean, Is.EqualTo(3));
    }

    private static readonly object[] ZeroVarianceCases =
    [
        new object[] { new double[] { 1, 1, 1 }, new double[] { 1, 1, 1 }, double.NaN },
        new object[] { new double[] { 1, 2, 3 }, new double[] { 2, 3, 4 }, double.PositiveInfinity },
        new object[] { new double[] { 5 }, new double[] { 6 }, double.NaN },
        new object[] { new double[] { double.NaN, double.NaN }, new double[] { 1, 2 }, double.NaN },
    ];

    [TestCaseSource(nameof(ZeroVarianceCases))]
    public void Pair_ZeroVarianceOrTooFewPairs_ReductionInfiniteOrUndefined(double[] reference, double[] scenario, double expected)
    {
        var d = ScenarioComparison.Pair("m", reference, scenario);

        Assert.That(d.VarianceReduction, Is.EqualTo(expected));
    }

    [Test]
    public void Compare_SameInputs_SameResultWhateverTheThreads()
    {
        var a = ShippedScenarios.Load("baseline");
        var b = ShippedScenarios.Load("full-exit-2025");

        var one = ScenarioComparison.Compare([a, b], Options with { Replications = 64, MaxDegreeOfParallelism = 1 });
        var two = ScenarioComparison.Compare([a, b], Options with { Replications = 64, MaxDegreeOfParallelism = 2 });

        Assert.That(Bytes(two), Is.EqualTo(Bytes(one)));
    }

    private static byte[] Bytes(ComparisonResult comparison)
    {
        using var stream = new MemoryStream();
        ComparisonOutput.WriteJson(stream, comparison);
        ComparisonOutput.WriteCsv(stream, comparison);
        return stream.ToArray();
    }
}
