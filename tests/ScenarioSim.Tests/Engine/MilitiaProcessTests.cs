using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// Militia attacks against closed forms. Seeds are fixed, so each check is deterministic; tolerances are
/// 5 Monte Carlo standard errors so a correct engine passes for essentially any seed.
/// </summary>
public class MilitiaProcessTests
{
    private readonly ScenarioRunner _runner = new();

    [Test]
    public void Run_ConstantExposureNoHawkes_TotalsHavePoissonMeanAndVariance()
    {
        // 1000 troops at exposure_ref 1000: E = 1, so the total over D days is Poisson(base · D).
        const double baseRate = 0.4;
        const int days = 100;
        const int n = 4000;
        double lambda = baseRate * days;
        var result = _runner.Run(TestScenarios.ConstantMilitia(baseRate, days), new RunOptions { Replications = n, Seed = 11 });
        var stats = result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;

        Assert.That(stats.Mean, Is.EqualTo(lambda).Within(5 * Math.Sqrt(lambda / n)));

        // Var(s²) for a Poisson sample ≈ (λ + 2λ²)/n.
        double variance = stats.Sd * stats.Sd;
        Assert.That(variance, Is.EqualTo(lambda).Within(5 * Math.Sqrt((lambda + (2 * lambda * lambda)) / n)));
    }

    [Test]
    public void Run_ExposureElasticity_ScalesRateByTroopRatioPower()
    {
        // 4000 troops, ref 1000, elasticity 0.5: E = 2.
        const int days = 50;
        const int n = 4000;
        double lambda = 0.3 * 2 * days;
        var result = _runner.Run(TestScenarios.ConstantMilitia(0.3, days, troops: 4000), new RunOptions { Replications = n, Seed = 12 });

        Assert.That(result.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Mean, Is.EqualTo(lambda).Within(5 * Math.Sqrt(lambda / n)));
    }

    [Test]
    public void Run_Hawkes_LongRunRateIsBaseOverOneMinusBranchingRatio()
    {
        var hawkes = new HawkesExcitation(0.1, 4);
        double branching = hawkes.BranchingRatio;
        const double baseRate = 0.5;
        const int n = 2000;

        // 1000 days of burn-in is hundreds of decay times; the last (full) month is at the long-run rate.
        var scenario = TestScenarios.ConstantMilitia(baseRate, 1000, hawkes: hawkes) with { End = new DateOnly(2027, 12, 31) };
        var result = _runner.Run(scenario, new RunOptions { Replications = n, Seed = 13 });
        var lastMonth = result.Series.Single(p => p is { Series: SeriesNames.MilitiaAttacks, Region: SeriesNames.AllRegions, Month: "2027-12" });
        double expected = 31 * baseRate / (1 - branching);

        Assert.That(branching, Is.EqualTo(0.452).Within(0.001));
        Assert.That(lastMonth.Statistics.Mean, Is.EqualTo(expected).Within(5 * lastMonth.Statistics.Se));
    }

    [Test]
    public void Run_Hawkes_ExpectedTotalMatchesMeanRecursion()
    {
        // E[N_t] = μ + E[H_t], E[H_{t+1}] = E[H_t]·exp(−1/d) + α·E[N_t], from H_0 = 0.
        var hawkes = new HawkesExcitation(0.2, 3);
        const double mu = 0.3;
        const int days = 120;
        const int n = 3000;
        double decay = Math.Exp(-1 / hawkes.DecayDays);
        double h = 0;
        double expected = 0;
        for (int t = 0; t < days; t++)
        {
            double rate = mu + h;
            expected += rate;
            h = (h * decay) + (hawkes.Alpha * rate);
        }

        var result = _runner.Run(TestScenarios.ConstantMilitia(mu, days, hawkes: hawkes), new RunOptions { Replications = n, Seed = 14 });
        var stats = result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;

        Assert.That(stats.Mean, Is.EqualTo(expected).Within(5 * stats.Se));
    }

    [Test]
    public void Run_ExplosiveHawkes_IsRejectedWithTheReason()
    {
        var scenario = TestScenarios.ConstantMilitia(0.5, 30, hawkes: new HawkesExcitation(0.3, 4));

        var error = Assert.Throws<InvalidInputException>(() => _runner.Run(scenario, new RunOptions { Replications = 10 }));

        Assert.That(error!.Diagnostics.Select(d => d.Path), Does.Contain("militia.hawkes"));
        Assert.That(error.Message, Does.Contain("branching ratio").And.Contain("1.36"));
    }

    [Test]
    public void Run_ZeroTroops_NoAttacksOrCasualtiesWhateverTheRates()
    {
        var scenario = TestScenarios.ConstantMilitia(50, 200, troops: 0, hawkes: new HawkesExcitation(0.2, 2)) with
        {
            Militia = new MilitiaModel { Casualties = new Casualties { PFatal = 1 }, Hawkes = new HawkesExcitation(0.2, 2) },
        };

        var result = _runner.Run(scenario, new RunOptions { Replications = 200, Seed = 3 });

        Assert.That(result.Metric(MetricNames.MilitiaAttacksTotal).Statistics.Max, Is.Zero);
        Assert.That(result.Metric(MetricNames.MilitiaFatalitiesTotal).Statistics.Max, Is.Zero);
        Assert.That(result.Metric(MetricNames.AnyFatality).Probability!.Probability, Is.Zero);
    }

    [Test]
    public void Run_Casualties_MeanDeathsArePFatalTimesOnePlusExtra()
    {
        // Deaths = Q + Poisson(Q·e), Q ~ Binomial(N, p): E[deaths] = E[N]·p·(1 + e).
        const int days = 100;
        const int n = 4000;
        var scenario = TestScenarios.ConstantMilitia(2, days) with
        {
            Militia = new MilitiaModel { Casualties = new Casualties { PFatal = 0.05, ExtraDeathsMean = 1.5 } },
        };

        var result = _runner.Run(scenario, new RunOptions { Replications = n, Seed = 15 });
        var deaths = result.Metric(MetricNames.MilitiaFatalitiesTotal).Statistics;

        Assert.That(deaths.Mean, Is.EqualTo(2 * days * 0.05 * 2.5).Within(5 * deaths.Se));
    }
}
