using ScenarioSim.Diagnostics;
using ScenarioSim.Calibration;
using ScenarioSim.Model;

namespace ScenarioSim.Tests.Calibration;

/// <summary>The forward algorithm against brute force: every escalation path enumerated on tiny cases.</summary>
[TestFixture]
public sealed class MilitiaLikelihoodTests
{
    private static readonly long[][] TinyCounts = [[1, 0, 3, 1, 2], [0, 2, 1, 0, 0]];

    [Test]
    public void LogLikelihood_DailyHawkesTinyCase_EqualsSumOverAllEscalationPaths()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);

        double forward = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario);
        double brute = BruteForce.DailyLogLikelihood(scenario, TinyCounts);

        Assert.That(forward, Is.EqualTo(brute).Within(1e-10));
    }

    [Test]
    public void LogLikelihood_DailyNegativeBinomialTinyCase_EqualsSumOverAllEscalationPaths()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);

        double forward = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario, ObservationModel.NegativeBinomial, 2.5);
        double brute = BruteForce.DailyLogLikelihood(scenario, TinyCounts, size: 2.5);

        Assert.That(forward, Is.EqualTo(brute).Within(1e-10));
    }

    [TestCase(nameof(ObservationModel.Poisson))]
    [TestCase(nameof(ObservationModel.NegativeBinomial))]
    public void LogLikelihood_OverlappingPeriodRows_EqualsBruteForceOverPathsAndDailySplits(string modelName)
    {
        var model = Enum.Parse<ObservationModel>(modelName);
        var scenario = CalibrationScenarios.WithoutHawkes(CalibrationScenarios.Load(CalibrationScenarios.Tiny));
        // a over days 0-3 (3 attacks), b over days 1-4 (2), a on day 4 (1), a+b on no day; b on day 0 unobserved.
        var rows = new[]
        {
            CalibrationScenarios.Row(scenario, 2, 0, 3, 3, 0),
            CalibrationScenarios.Row(scenario, 3, 1, 4, 2, 1),
            CalibrationScenarios.Row(scenario, 4, 4, 4, 1, 0),
        };
        var data = new ObservationSet("test.csv", rows);
        double size = model == ObservationModel.Poisson ? double.PositiveInfinity : 1.7;

        double forward = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario, model, size);
        double brute = BruteForce.PeriodLogLikelihood(scenario, rows, model == ObservationModel.Poisson ? null : size);

        Assert.That(forward, Is.EqualTo(brute).Within(1e-10));
    }

    [Test]
    public void LogLikelihood_MultiRegionPeriodRow_EqualsBruteForce()
    {
        var scenario = CalibrationScenarios.WithoutHawkes(CalibrationScenarios.Load(CalibrationScenarios.Tiny));
        var rows = new[]
        {
            CalibrationScenarios.Row(scenario, 2, 0, 2, 4, 0, 1),
            CalibrationScenarios.Row(scenario, 3, 3, 4, 2, 0, 1),
        };
        var data = new ObservationSet("test.csv", rows);

        double forward = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario, ObservationModel.NegativeBinomial, 3.0);
        double brute = BruteForce.PeriodLogLikelihood(scenario, rows, 3.0);

        Assert.That(forward, Is.EqualTo(brute).Within(1e-10));
    }

    [TestCase(nameof(ObservationModel.Poisson))]
    [TestCase(nameof(ObservationModel.NegativeBinomial))]
    public void LogLikelihood_OneDayPeriods_EqualsDailyLikelihood(string modelName)
    {
        var model = Enum.Parse<ObservationModel>(modelName);
        // The period (count-table) recursion, run on one-day periods, must give what the daily rows give.
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);

        double daily = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario, model, 2.0);
        double periods = new MilitiaLikelihood(scenario, data, dailyShortcut: false).LogLikelihood(scenario, model, 2.0);

        Assert.That(periods, Is.EqualTo(daily).Within(1e-10));
    }

    [Test]
    public void LogLikelihood_NoEscalationPoissonPeriod_IsPoissonOfSummedIntensity()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(30, 0.4, null));
        var data = new ObservationSet("test.csv", [CalibrationScenarios.Row(scenario, 2, 0, 29, 15, 0)]);

        double value = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario);

        double expected = Math.Log(MathNet.Numerics.Distributions.Poisson.PMF(12.0, 15));
        Assert.That(value, Is.EqualTo(expected).Within(1e-10));
    }

    [Test]
    public void LogLikelihood_ExplosiveHawkes_IsNegativeInfinity()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);
        var explosive = scenario with { Militia = scenario.Militia with { Hawkes = new HawkesExcitation(0.5, 2) } };

        Assert.That(new MilitiaLikelihood(scenario, data).LogLikelihood(explosive), Is.EqualTo(double.NegativeInfinity));
    }

    [Test]
    public void Constructor_HawkesWithPeriodRow_RefusedAtThatLine()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = new ObservationSet("d.csv", [CalibrationScenarios.Row(scenario, 7, 0, 2, 3, 0)]);

        var error = Assert.Throws<InvalidInputException>(() => _ = new MilitiaLikelihood(scenario, data));

        Assert.That(error!.Diagnostics[0].ToString(), Does.StartWith("d.csv:7: error: the scenario has militia.hawkes, but this row counts a period"));
    }

    [TestCase(nameof(ObservationModel.Poisson))]
    [TestCase(nameof(ObservationModel.NegativeBinomial))]
    public void LogLikelihood_DayWithHundredsOfAttacks_FiniteAndEqualsLogSpaceEnumeration(string modelName)
    {
        var model = Enum.Parse<ObservationModel>(modelName);
        // 420 attacks on a quiet day: its probability (about e^−1500 in calm) underflows in linear space.
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        long[][] counts = [[1, 0, 420, 1, 2], [0, 2, 1, 0, 0]];
        var data = CalibrationScenarios.Daily(scenario, counts);
        double? size = model == ObservationModel.Poisson ? null : 4.0;

        double forward = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario, model, size ?? double.PositiveInfinity);
        double brute = BruteForce.DailyLogLikelihood(scenario, counts, size);

        Assert.That(forward, Is.EqualTo(brute).Within(1e-9 * Math.Abs(brute)));
    }

    [Test]
    public void LogLikelihood_HugeDailyCount_Finite()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(3, 2.0, null));
        var data = CalibrationScenarios.Daily(scenario, [[1, 1L << 31, 1]]);

        double value = new MilitiaLikelihood(scenario, data).LogLikelihood(scenario, ObservationModel.NegativeBinomial, 0.5);

        // The textbook form, exact enough at κ = 0.5 where nothing cancels.
        static double Log(double y) => MathNet.Numerics.SpecialFunctions.GammaLn(y + 0.5) - MathNet.Numerics.SpecialFunctions.GammaLn(0.5)
            - MathNet.Numerics.SpecialFunctions.GammaLn(y + 1) + (0.5 * Math.Log(0.5 / 2.5)) + (y * Math.Log(2.0 / 2.5));
        double expected = Log(1) + Log(1L << 31) + Log(1);
        Assert.That(value, Is.EqualTo(expected).Within(1e-9 * Math.Abs(expected)));
    }

    [Test]
    public void Constructor_PeriodCountBeyondTheTable_RefusedAtThatLine()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.SingleRegion(10, 2.0, null));
        var data = new ObservationSet("d.csv", [CalibrationScenarios.Row(scenario, 5, 0, 9, 1L << 31, 0)]);

        var error = Assert.Throws<InvalidInputException>(() => _ = new MilitiaLikelihood(scenario, data));

        Assert.That(error!.Diagnostics[0].ToString(), Does.StartWith("d.csv:5: error: too many period rows overlap in time"));
    }
}
