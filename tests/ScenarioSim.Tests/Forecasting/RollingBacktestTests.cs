using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.Forecasting;
using ScenarioSim.IO;
using ScenarioSim.Tests.Calibration;

namespace ScenarioSim.Tests.Forecasting;

/// <summary>
/// Rolling back-tests on synthetic data from a regime-switching Hawkes process with known parameters: the
/// conditioned forecast is then the exact predictive distribution, so its PITs are uniform and it must beat
/// the blind run.
/// </summary>
[TestFixture]
public sealed class RollingBacktestTests
{
    private const string Regimes = """
        name: regimes
        start: 2024-01-01
        end: 2024-12-31
        regions:
          - id: a
            militia: { base_rate: 0.5 }
        forces:
          - contingent: us
            region: a
            schedule:
              - { date: 2024-01-01, troops: 1000 }
        escalation:
          initial: calm
          states:
            calm:     { mean_duration_days: 40, next: { conflict: 1.0 }, militia_multiplier: 0.2 }
            conflict: { mean_duration_days: 30, next: { calm: 1.0 },     militia_multiplier: 4.0 }
        militia:
          hawkes: { alpha: 0.2, decay_days: 3 }
        """;

    private static IReadOnlyList<RollingOrigin>? _origins;

    /// <summary>Three synthetic years (replications of the true model under another seed), origins every 5 days, 5-day horizons.</summary>
    private static IReadOnlyList<RollingOrigin> Origins()
    {
        if (_origins is not null)
        {
            return _origins;
        }

        var scenario = CalibrationScenarios.Load(Regimes);
        var options = new RollingBacktestOptions { Every = 5, Horizon = 5, MinTrain = 10, Replications = 400, Seed = 7 };
        var origins = new List<RollingOrigin>();
        for (int k = 0; k < 3; k++)
        {
            var trace = new ScenarioRunner().Trace(scenario, k, seed: 424242);
            long[][] counts = [trace.Days.Select(d => (long)d.MilitiaAttacks[0]).ToArray()];
            origins.AddRange(RollingBacktest.Run(scenario, CalibrationScenarios.Daily(scenario, counts), options).Origins);
        }

        return _origins = origins;
    }

    [Test]
    public void Conditioned_TrueModel_CentralNinetyPercentOfPitsNearNinetyPercent()
    {
        // Non-overlapping windows forecast one after another from exact filters: the randomised PITs are iid
        // uniform, so the share in [0.05, 0.95] is binomial(n, 0.9). Tolerance: 4 binomial standard errors
        // plus 0.02 for the Monte Carlo error of the 400-replication CDF.
        var origins = Origins();
        int n = origins.Count;
        double share = origins.Count(o => o.Conditioned.Pit is >= 0.05 and <= 0.95) / (double)n;
        TestContext.Out.WriteLine($"{n} origins; share of PITs in [0.05, 0.95]: {share:F3}");

        Assert.That(n, Is.GreaterThan(200));
        Assert.That(share, Is.EqualTo(0.9).Within((4 * Math.Sqrt(0.9 * 0.1 / n)) + 0.02));
    }

    [Test]
    public void Conditioned_TrueModel_NinetyPercentIntervalsCoverAboutNinetyPercent()
    {
        // The [p05, p95] interval of a count is closed, so it covers at least 90% (more where totals are
        // small): at least 0.9 less 4 binomial standard errors and the Monte Carlo allowance, and at most 0.99.
        var origins = Origins();
        int n = origins.Count;
        double coverage = origins.Count(o => o.Conditioned.Covered90) / (double)n;
        TestContext.Out.WriteLine($"90% interval coverage: conditioned {coverage:F3}, unconditioned {origins.Count(o => o.Unconditioned.Covered90) / (double)n:F3}");

        Assert.That(coverage, Is.GreaterThanOrEqualTo(0.9 - (4 * Math.Sqrt(0.9 * 0.1 / n)) - 0.02).And.LessThanOrEqualTo(0.99));
    }

    [Test]
    public void Conditioned_TrueModel_CrpsClearlyBetterThanUnconditioned()
    {
        // Paired over origins: the mean CRPS difference (blind − conditioned) exceeds 4 of its standard errors.
        var differences = Origins().Select(o => o.Unconditioned.Crps - o.Conditioned.Crps).ToArray();
        double mean = differences.Average();
        double se = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Length - 1) / differences.Length);
        TestContext.Out.WriteLine($"mean CRPS: conditioned {Origins().Average(o => o.Conditioned.Crps):F3}, unconditioned {Origins().Average(o => o.Unconditioned.Crps):F3}, negbin_constant {Origins().Average(o => o.NegbinConstant.Crps):F3}, persistence {Origins().Average(o => o.Persistence.Crps):F3}; paired difference {mean:F3} (se {se:F3})");

        Assert.That(mean, Is.GreaterThan(4 * se));
    }

    [Test]
    public void Run_SameSeedDifferentThreads_IdenticalScores()
    {
        var scenario = CalibrationScenarios.Load(Regimes);
        var trace = new ScenarioRunner().Trace(scenario, 0, seed: 1);
        var data = CalibrationScenarios.Daily(scenario, [trace.Days.Take(120).Select(d => (long)d.MilitiaAttacks[0]).ToArray()]);
        var options = new RollingBacktestOptions { Every = 30, Horizon = 10, Replications = 200, Seed = 3 };

        string Csv(int threads)
        {
            using var writer = new StringWriter();
            RollingBacktestOutput.WriteCsv(writer, RollingBacktest.Run(scenario, data, options with { Threads = threads }));
            return writer.ToString();
        }

        Assert.That(Csv(2), Is.EqualTo(Csv(1)));
    }

    [Test]
    public void BacktestJson_ReadBack_WritesTheSameBytes()
    {
        var scenario = CalibrationScenarios.Load(Regimes);
        var trace = new ScenarioRunner().Trace(scenario, 0, seed: 1);
        var data = CalibrationScenarios.Daily(scenario, [trace.Days.Take(60).Select(d => (long)d.MilitiaAttacks[0]).ToArray()]);
        var result = RollingBacktest.Run(scenario, data, new RollingBacktestOptions { Every = 15, Horizon = 10, Replications = 50, Seed = 3 });
        using var written = new MemoryStream();
        RollingBacktestOutput.WriteJson(written, scenario, data, result);

        written.Position = 0;
        var read = RollingBacktestFile.Read(written);
        using var rewritten = new MemoryStream();
        DeterministicJson.Serialize(rewritten, read, RollingBacktestJsonContext.Default.RollingBacktestFile);

        // One set of records writes backtest.json and reads it for the report: every origin's forecasts come back as scored.
        Assert.That(read.Origins.Select(o => (o.Origin, o.Last, o.Observed, o.Conditioned, o.Unconditioned, o.NegbinConstant, o.Persistence)), Is.EqualTo(result.Origins.Select(o => (o.Origin, o.Last, o.Observed, o.Conditioned, o.Unconditioned, o.NegbinConstant, o.Persistence))));
        Assert.That(read.Summary.Keys, Is.EqualTo(RollingOrigin.ModelNames));
        Assert.That(System.Text.Encoding.UTF8.GetString(rewritten.ToArray()), Is.EqualTo(System.Text.Encoding.UTF8.GetString(written.ToArray())));
    }

    [Test]
    public void Windows_PeriodRows_OriginsAndWindowEndsAtRowBoundaries()
    {
        var scenario = CalibrationScenarios.WithoutHawkes(CalibrationScenarios.Load(Regimes));
        Observation[] rows =
        [
            CalibrationScenarios.Row(scenario, 2, 0, 9, 3, 0),
            CalibrationScenarios.Row(scenario, 3, 10, 29, 8, 0),
            CalibrationScenarios.Row(scenario, 4, 30, 34, 1, 0),
            CalibrationScenarios.Row(scenario, 5, 35, 59, 4, 0),
        ];
        var options = new RollingBacktestOptions { Every = 7, Horizon = 7, MinTrain = 7 };

        var windows = RollingBacktest.Windows(scenario, "test.csv", rows, options);

        // Nominal origins on days 6, 13, 20, ...: day 6 has no boundary at or after the minimum training
        // (day 6), 13..27 move back to the boundary on day 9, 34..55 to day 34; each window ends at the
        // first boundary at least 7 days after its origin.
        var start = scenario.Start;
        Assert.That(windows, Is.EqualTo(new[] { (start.AddDays(9), start.AddDays(29)), (start.AddDays(34), start.AddDays(59)) }));
    }

    [Test]
    public void NegativeBinomialFit_MeanIsTotalOverDays_AndQuantilesMatchTheCdf()
    {
        var (mean, size) = ConstantRateBaselines.FitNegativeBinomial([(10, 3), (20, 40), (5, 0), (25, 7)]);

        Assert.That(mean, Is.EqualTo(50.0 / 60).Within(1e-12));
        Assert.That(size, Is.GreaterThan(0).And.LessThan(10), "the counts are over-dispersed");
        var quantiles = ConstantRateBaselines.NegativeBinomialQuantiles(7 * mean, 7 * size, 100);
        var nb = new MathNet.Numerics.Distributions.NegativeBinomial(7 * size, size / (size + mean));
        for (int i = 0; i < 100; i++)
        {
            double level = (i + 0.5) / 100;
            int k = (int)quantiles[i];
            Assert.That(nb.CumulativeDistribution(k), Is.GreaterThanOrEqualTo(level - 1e-9));
            Assert.That(k == 0 || nb.CumulativeDistribution(k - 1) < level, Is.True);
        }
    }
}
