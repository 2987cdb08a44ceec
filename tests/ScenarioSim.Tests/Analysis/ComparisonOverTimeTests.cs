using MathNet.Numerics.Distributions;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Reporting;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Analysis;

/// <summary>
/// The time dimension of a comparison: each scenario's monthly series, the paired difference of the key
/// series month by month, and percent changes with their delta-method intervals.
/// </summary>
public sealed class ComparisonOverTimeTests
{
    private static readonly RunOptions Options = new() { Replications = 200, Seed = 17, MaxDegreeOfParallelism = 2 };

    private static Scenario ConstantExposure(double baseRate) =>
        ScenarioLoader.LoadString(ScenarioYaml.ConstantExposure.Replace("base_rate: 0.5", FormattableString.Invariant($"base_rate: {baseRate}"))).GetValueOrThrow();

    [Test]
    public void Compare_MonthlyDifferences_EqualTheDifferenceOfTheScenariosMonthlyMeans()
    {
        var comparison = ScenarioComparison.Compare([ShippedScenarios.Load("baseline"), ShippedScenarios.Load("full-exit-2025")], Options);

        var months = comparison.Differences.Single().Series;
        Assert.That(months.Select(m => m.Series).Distinct(), Is.EquivalentTo(new[]
        {
            SeriesNames.Troops, SeriesNames.MilitiaAttacks, SeriesNames.MilitiaFatalities, SeriesNames.IsisAttacks, SeriesNames.IsisFighters,
        }));
        foreach (var month in months)
        {
            double reference = MonthlyMean(comparison.Scenarios[0], month);
            double scenario = MonthlyMean(comparison.Scenarios[1], month);

            // The two sides sum the same values in different orders: equal up to rounding.
            Assert.That(month.Difference.Mean, Is.EqualTo(scenario - reference).Within(1e-9 * Math.Max(1, Math.Abs(reference))), $"{month.Series} {month.Month}");
            Assert.That(month.Difference.ReferenceMean, Is.EqualTo(reference).Within(1e-9 * Math.Max(1, Math.Abs(reference))), $"{month.Series} {month.Month}");
            Assert.That(month.Difference.Pairs, Is.EqualTo(200));
        }
    }

    [Test]
    public void Compare_FixedSchedules_LastMonthTroopChangeIsTheSchedulesClosedForm()
    {
        var baseline = ShippedScenarios.Load("baseline");
        var fullExit = ShippedScenarios.Load("full-exit-2025");
        var comparison = ScenarioComparison.Compare([baseline, fullExit], Options);

        // Both scenarios hold their last breakpoint through the final month, without slips: every
        // replication has the same troops, so the difference has no spread and the change is exact.
        double before = baseline.Forces.Sum(f => f.Schedule[^1].Troops);
        double after = fullExit.Forces.Sum(f => f.Schedule[^1].Troops);
        var last = comparison.Differences[0].Series.Where(m => m.Series == SeriesNames.Troops).MaxBy(m => m.Month)!.Difference;
        Assert.That(last.Mean, Is.EqualTo(after - before));
        Assert.That(last.Sd, Is.Zero);
        Assert.That(last.PercentChange, Is.EqualTo(100 * ((after / before) - 1)).Within(1e-12));
        Assert.That((last.PercentChangeCi95Low, last.PercentChangeCi95High), Is.EqualTo((last.PercentChange, last.PercentChange)));
    }

    /// <summary>
    /// Constant exposure, no escalation or self-excitation: attacks are Poisson with a mean proportional
    /// to the base rate (docs/model.md), so doubling it is a change of exactly +100% in every month and
    /// over the run. The estimate must lie within 4.5 of its standard errors (from its 95% interval) of that.
    /// </summary>
    [Test]
    public void Compare_DoubledPoissonRate_PercentChangeWithinFourAndAHalfStandardErrorsOfHundred()
    {
        var comparison = ScenarioComparison.Compare([ConstantExposure(0.5), ConstantExposure(1.0)], Options with { Replications = 2_000 });

        var differences = comparison.Differences.Single();
        var checks = differences.Series.Where(m => m.Series == SeriesNames.MilitiaAttacks).Select(m => (m.Month, m.Difference))
            .Append(("run", differences.Metric(MetricNames.MilitiaAttacksTotal)))
            .ToList();
        Assert.That(checks, Has.Count.EqualTo(4), "three months and the run total");
        double t = StudentT.InvCDF(0, 1, 1_999, 0.975);
        foreach (var (label, d) in checks)
        {
            double se = (d.PercentChangeCi95High - d.PercentChangeCi95Low) / (2 * t);
            Assert.That(se, Is.GreaterThan(0), label);
            Assert.That(Math.Abs(d.PercentChange - 100), Is.LessThan(4.5 * se), label);
        }
    }

    [Test]
    public void Pair_SmallSample_PercentChangeIsTheDeltaMethodRatioInterval()
    {
        var d = ScenarioComparison.Pair("m", [1, 2, 3, 4], [2, 4, 5, 5]);

        // R = 16 / 10; residuals b − R a = 0.4, 0.8, 0.2, −1.4 (mean 0), variance 2.8 / 3; se(R) = √(variance / 4) / 2.5.
        double ratio = 1.6;
        double se = Math.Sqrt(2.8 / 3 / 4) / 2.5;
        double t = StudentT.InvCDF(0, 1, 3, 0.975);
        Assert.That(d.ReferenceMean, Is.EqualTo(2.5));
        Assert.That(d.PercentChange, Is.EqualTo(60).Within(1e-12));
        Assert.That(d.PercentChangeCi95Low, Is.EqualTo(100 * (ratio - (t * se) - 1)).Within(1e-9));
        Assert.That(d.PercentChangeCi95High, Is.EqualTo(100 * (ratio + (t * se) - 1)).Within(1e-9));
    }

    [Test]
    public void Pair_ReferenceMeanZero_NoPercentChange()
    {
        var d = ScenarioComparison.Pair("m", [0, 0, 0], [1, 0, 2]);

        Assert.That((d.ReferenceMean, d.PercentChange, d.PercentChangeCi95Low), Is.EqualTo((0.0, double.NaN, double.NaN)));
    }

    [FsCheck.NUnit.Property]
    public bool Pair_ScenarioAConstantMultipleOfReference_ExactChangeWithNoWidth(FsCheck.PositiveInt seed, FsCheck.PositiveInt factor)
    {
        var random = new Random(seed.Get);
        var reference = Enumerable.Range(0, 5 + (seed.Get % 20)).Select(_ => (double)random.Next(1, 50)).ToArray();
        double c = factor.Get % 8 / 2.0;
        var d = ScenarioComparison.Pair("m", reference, reference.Select(v => c * v).ToArray());

        double expected = 100 * (c - 1);
        return Math.Abs(d.PercentChange - expected) < 1e-9
            && Math.Abs(d.PercentChangeCi95Low - expected) < 1e-9
            && Math.Abs(d.PercentChangeCi95High - expected) < 1e-9;
    }

    [Test]
    public void CompareJson_WrittenByCompare_ReadBackWithBaselineSeriesAndChanges()
    {
        var comparison = ScenarioComparison.Compare([ConstantExposure(0.5), ConstantExposure(1.0)], Options with { Replications = 64 });
        using var stream = new MemoryStream();
        ComparisonOutput.WriteJson(stream, comparison);

        var read = CompareJson.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        Assert.That(read.Baseline, Is.EqualTo(comparison.Reference.Label));
        Assert.That(read.Scenarios.Select(s => (s.Label, s.Sha256)), Is.EqualTo(comparison.Scenarios.Select(s => (s.Label, s.Sha256))));
        Assert.That(read.Scenarios[0].Series, Has.Count.EqualTo(comparison.Scenarios[0].Series.Count));
        var written = comparison.Differences[0];
        var difference = read.Differences.Single();
        Assert.That(difference.Series.Select(m => (m.Series, m.Month, m.Difference.Mean, m.Difference.PercentChange)),
            Is.EqualTo(written.Series.Select(m => (m.Series, m.Month, m.Difference.Mean, m.Difference.PercentChange))));
        var attacks = difference.Metrics.Single(m => m.Metric == MetricNames.MilitiaAttacksTotal);
        var expected = written.Metric(MetricNames.MilitiaAttacksTotal);
        Assert.That((attacks.ReferenceMean, attacks.PercentChange, attacks.PercentChangeCi95Low, attacks.PercentChangeCi95High),
            Is.EqualTo((expected.ReferenceMean, expected.PercentChange, expected.PercentChangeCi95Low, expected.PercentChangeCi95High)));
    }

    [Test]
    public void CompareJson_WrittenByCompare_EveryFiniteMetricDifferenceReadBackEqual()
    {
        var comparison = ScenarioComparison.Compare([ConstantExposure(0.5), ConstantExposure(1.0)], Options with { Replications = 64 });
        using var stream = new MemoryStream();
        ComparisonOutput.WriteJson(stream, comparison);

        var read = CompareJson.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));

        // The writer and the reader share the types: a difference written is the difference read, except
        // that JSON has no infinity (an infinite variance reduction is written as null and read as NaN).
        var written = comparison.Differences[0].Metrics.Where(d => !double.IsInfinity(d.VarianceReduction)).ToList();
        Assert.That(written, Is.Not.Empty);
        Assert.That(read.Differences.Single().Metrics.Where(d => written.Any(w => w.Metric == d.Metric)), Is.EqualTo(written));
    }

    [Test]
    public void CompareJson_ReadBack_WritesTheSameBytes()
    {
        var comparison = ScenarioComparison.Compare([ConstantExposure(0.5), ConstantExposure(1.0) with { Name = "doubled" }], Options with { Replications = 64 });
        using var written = new MemoryStream();
        ComparisonOutput.WriteJson(written, comparison);

        written.Position = 0;
        var read = ComparisonOutput.ReadJson(written);
        using var rewritten = new MemoryStream();
        ComparisonOutput.WriteJson(rewritten, read);

        // One set of records writes and reads compare.json: everything the file holds survives the trip.
        Assert.That(read.Reference.Label, Is.EqualTo("constant-exposure"));
        Assert.That(System.Text.Encoding.UTF8.GetString(rewritten.ToArray()), Is.EqualTo(System.Text.Encoding.UTF8.GetString(written.ToArray())));
    }

    [Test]
    public void CompareReport_FromCompareOutput_NamesTheBaselineFirstAndDrawsDifferencesOverTime()
    {
        var comparison = ScenarioComparison.Compare([ConstantExposure(0.5), ConstantExposure(1.0) with { Name = "doubled" }], Options with { Replications = 64 });
        using var stream = new MemoryStream();
        ComparisonOutput.WriteJson(stream, comparison);

        string html = CompareReport.ToHtml(CompareJson.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray())), new DateOnly(2026, 1, 2));

        Assert.That(html, Does.Contain("<dt>Baseline</dt><dd>constant-exposure</dd>"), "the header names the baseline");
        Assert.That(html, Does.Not.Contain("not named in compare.json"));
        Assert.That(html, Does.Contain(">constant-exposure, doubled<"), "the baseline is listed first");
        Assert.That(html, Does.Contain("id=\"section-differences-over-time\""));
        Assert.That(html, Does.Contain("id=\"section-series-by-scenario\""), "the scenarios' fans are overlaid");
        Assert.That(html, Does.Contain("class=\"reference-line\""), "the zero line");
        Assert.That(html, Does.Contain("doubled − constant-exposure (+"), "the percent change beside each difference");
    }

    private static double MonthlyMean(ScenarioSim.Analysis.ComparedScenario scenario, MonthlyDifference month) =>
        scenario.Series.Single(p => p.Series == month.Series && p.Region == SeriesNames.AllRegions && p.Month == month.Month).Statistics.Mean;
}
