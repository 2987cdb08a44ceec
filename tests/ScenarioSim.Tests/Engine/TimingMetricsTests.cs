using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// days_to_first_fatality, days_to_drawdown_complete and days_paused against closed forms. The
/// schedule cases are deterministic (fixed slips; attack rates so high that a day without an attack
/// has probability e^-60), so they hold exactly; the first-death case is a distribution checked with
/// a fixed seed and 5 Monte Carlo standard errors.
/// </summary>
public class TimingMetricsTests
{
    private static readonly DateOnly Start = TestScenarios.Start;

    private readonly ScenarioRunner _runner = new();

    /// <summary>
    /// Two forces, last breakpoints on days <paramref name="lastA"/> and <paramref name="lastB"/>, each
    /// with a fixed slip; one region with a near-certain attack every day while troops are there.
    /// </summary>
    private static Scenario Schedules(int days, int lastA, int lastB, double slip, double baseRate = 60) => new()
    {
        Name = "schedules",
        Start = Start,
        End = Start.AddDays(days - 1),
        Regions =
        [
            new Region { Id = "anbar", Militia = new RegionMilitia { BaseRate = baseRate, ExposureElasticity = 0 } },
            new Region { Id = "erbil" },
        ],
        Groups = [new RegionGroup("hot", ["anbar"]), new RegionGroup("quiet", ["erbil"])],
        Forces =
        [
            new ForceDeployment
            {
                Contingent = "us", Region = "anbar",
                Schedule = [new(Start, 2000), new(Start.AddDays(lastA), 500)],
                SlipDays = Distribution.Fixed(slip),
            },
            new ForceDeployment
            {
                Contingent = "us", Region = "erbil", Interpolation = Interpolation.Step,
                Schedule = [new(Start, 300), new(Start.AddDays(lastB), 0)],
                SlipDays = Distribution.Fixed(slip),
            },
        ],
        Militia = new MilitiaModel { Casualties = new Casualties { PFatal = 0 } },
    };

    private static readonly object[] SlipCases =
    [
        new object[] { 100, 150, 0, 150 },
        new object[] { 100, 150, 7, 157 },
        new object[] { 200, 20, 30, 230 },
        new object[] { 1, 1, 0, 1 },
    ];

    [TestCaseSource(nameof(SlipCases))]
    public void Run_FixedSlipNoPause_DrawdownCompletesOnLastBreakpointPlusSlip(int lastA, int lastB, int slip, int expected)
    {
        var result = _runner.Run(Schedules(365, lastA, lastB, slip), new RunOptions { Replications = 24, Seed = 2 });
        var metric = result.Metric(MetricNames.DaysToDrawdownComplete);

        Assert.That(metric.MissingCount, Is.Zero);
        Assert.That((metric.Statistics.Min, metric.Statistics.Max), Is.EqualTo(((double)expected, (double)expected)));
        Assert.That(result.Metric(MetricNames.DaysPaused).Statistics.Max, Is.Zero);
    }

    [Test]
    public void Run_LastBreakpointAfterTheEnd_NeverCompleteCountedApart()
    {
        var result = _runner.Run(Schedules(365, 100, 360, slip: 10), new RunOptions { Replications = 16, Seed = 2 });
        var metric = result.Metric(MetricNames.DaysToDrawdownComplete);

        Assert.That(metric.MissingCount, Is.EqualTo(16));
        Assert.That(metric.Statistics.Count, Is.Zero);
    }

    [TestCase(10, 20)]
    [TestCase(30, 7)]
    [TestCase(5, 1)]
    public void Run_PauseOnEveryAttackDay_ClockAdvancesOneDayInPausePlusOne(int pauseDays, int last)
    {
        // An attack every day with threshold 0: the window triggers on day 0, the pause covers days
        // 1…P, the next trigger is on day P+1, and so on. Only days 0, P+1, 2(P+1), … are unpaused,
        // so the clock on day t is floor(t / (P+1)) and reaches the last breakpoint L on day L·(P+1).
        const int days = 400;
        var scenario = Schedules(days, last, last, slip: 0) with
        {
            Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 0, PauseDays = pauseDays } },
        };

        var result = _runner.Run(scenario, new RunOptions { Replications = 16, Seed = 4 });

        int unpaused = (days + pauseDays) / (pauseDays + 1);
        Assert.That(Single(result, MetricNames.DaysPaused), Is.EqualTo(days - unpaused));
        Assert.That(Single(result, MetricNames.DaysToDrawdownComplete), Is.EqualTo(last * (pauseDays + 1)));
    }

    [Test]
    public void Run_PauseCountsAQuietGroup_NeverPauses()
    {
        var scenario = Schedules(200, 10, 10, slip: 0) with
        {
            Policies = new ScenarioPolicies
            {
                PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 0, PauseDays = 10, Group = "quiet" },
            },
        };
        var counted = scenario with
        {
            Policies = new ScenarioPolicies
            {
                PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 0, PauseDays = 10, Group = "hot" },
            },
        };

        var quiet = _runner.Run(scenario, new RunOptions { Replications = 16, Seed = 4 });
        var hot = _runner.Run(counted, new RunOptions { Replications = 16, Seed = 4 });

        Assert.That(Single(quiet, MetricNames.DaysPaused), Is.Zero);
        Assert.That(Single(quiet, MetricNames.DaysToDrawdownComplete), Is.EqualTo(10));
        Assert.That(Single(hot, MetricNames.DaysPaused), Is.EqualTo(200 - ((200 + 10) / 11)));
        Assert.That(Single(hot, MetricNames.DaysToDrawdownComplete), Is.EqualTo(10 * 11));
    }

    [Test]
    public void Run_NoForces_DrawdownCompleteOnDayZero()
    {
        var scenario = TestScenarios.Mixed(50) with { Forces = [] };

        var result = _runner.Run(scenario, new RunOptions { Replications = 8, Seed = 1 });

        Assert.That(Single(result, MetricNames.DaysToDrawdownComplete), Is.Zero);
    }

    [Test]
    public void Run_ConstantRatePoissonAttacks_FirstDeathIsGeometric()
    {
        // Fatal attacks are a thinned Poisson process, Poisson(λ·p) a day, so no death on days 0…t
        // has probability exp(−λ p (t+1)): P(T ≥ k) = exp(−λ p k), runs without a death included.
        const double lambda = 0.5;
        const double pFatal = 0.02;
        const int days = 365;
        const int n = 20_000;
        int[] thresholds = [1, 50, 150, 300];
        var scenario = TestScenarios.ConstantMilitia(lambda, days) with
        {
            Militia = new MilitiaModel { Casualties = new Casualties { PFatal = pFatal, ExtraDeathsMean = 0.5 } },
            Report = new ReportSettings { Thresholds = [.. thresholds.Select(k => new MetricThreshold(MetricNames.DaysToFirstFatality, k))] },
        };

        var result = _runner.Run(scenario, new RunOptions { Replications = n, Seed = 17 });

        for (int i = 0; i < thresholds.Length; i++)
        {
            double expected = Math.Exp(-lambda * pFatal * thresholds[i]);
            double se = Math.Sqrt(expected * (1 - expected) / n);
            Assert.That(result.Exceedances[i].Probability.Probability, Is.EqualTo(expected).Within(5 * se), $"P(T >= {thresholds[i]})");
        }

        double never = Math.Exp(-lambda * pFatal * days);
        double missingShare = result.Metric(MetricNames.DaysToFirstFatality).MissingCount / (double)n;
        Assert.That(missingShare, Is.EqualTo(never).Within(5 * Math.Sqrt(never * (1 - never) / n)));
        Assert.That(
            result.Metric(MetricNames.DaysToFirstFatality).MissingCount,
            Is.EqualTo(n - result.Metric(MetricNames.AnyFatality).Probability!.Successes),
            "no first death exactly where no death");
    }

    private static double Single(SimulationResult result, string metric)
    {
        var statistics = result.Metric(metric).Statistics;
        Assert.That(statistics.Min, Is.EqualTo(statistics.Max), $"{metric} is the same in every replication");
        return statistics.Min;
    }
}
