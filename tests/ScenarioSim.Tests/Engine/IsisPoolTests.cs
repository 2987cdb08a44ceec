using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

/// <summary>The ISIS pool against its closed forms; fixed seeds, 5-standard-error tolerances.</summary>
public class IsisPoolTests
{
    private readonly ScenarioRunner _runner = new();

    [Test]
    public void Run_NoRecruitment_MeanEndPoolIsBinomialThinning()
    {
        // No troops and constant ISF capacity 0.6: δ = 0.0002 + 0.0006·0.6, and F(D) ~ Binomial(F0, (1−δ)^D).
        const int days = 365;
        const int f0 = 3000;
        const int n = 2000;
        double delta = 0.0002 + (0.0006 * 0.6);
        double survival = Math.Pow(1 - delta, days);
        var result = _runner.Run(TestScenarios.IsisOnly(days, recruitment: 0, initialFighters: f0), new RunOptions { Replications = n, Seed = 21 });
        double se = Math.Sqrt(f0 * survival * (1 - survival) / n);

        Assert.That(result.Metric(MetricNames.IsisFightersEnd).Statistics.Mean, Is.EqualTo(f0 * survival).Within(5 * se));
    }

    [TestCase(0.0)]
    [TestCase(2500.0)]
    public void Run_LongHorizon_PoolSettlesAtDeterministicEquilibrium(double troops)
    {
        var scenario = TestScenarios.IsisOnly(days: 5475, recruitment: 0.002, initialFighters: 9000, troops: troops);
        double equilibrium = IsisEquilibrium.Fighters(scenario.Isis!, troops, scenario.Isis!.IsfCapacity.Start);

        var result = _runner.Run(scenario, new RunOptions { Replications = 300, Seed = 22 });
        var end = result.Metric(MetricNames.IsisFightersEnd).Statistics;

        // The stochastic logistic's mean sits O(Var/K) ≈ 1 fighter below F*; 2 fighters of slack cover it.
        Assert.That(end.Mean, Is.EqualTo(equilibrium).Within((5 * end.Se) + 2));
    }

    [Test]
    public void Equilibrium_TroopsLeave_EquilibriumRises()
    {
        var isis = new IsisModel { RecruitmentRate = 0.002 };

        double withTroops = IsisEquilibrium.Fighters(isis, troops: 2500, isfCapacity: 0.6);
        double withoutTroops = IsisEquilibrium.Fighters(isis, troops: 0, isfCapacity: 0.6);

        // δ: 0.0002 + 0.0006·(0.6 + 0.4) = 0.0008 → F* = 15000·(1 − 0.4) = 9000; without troops 0.00056 → 10800.
        Assert.That(withTroops, Is.EqualTo(9000).Within(1e-9));
        Assert.That(withoutTroops, Is.EqualTo(10800).Within(1e-9));
    }

    [Test]
    public void Equilibrium_AttritionAboveRecruitment_IsZero()
    {
        var isis = new IsisModel { RecruitmentRate = 0.0001 };

        Assert.That(IsisEquilibrium.Fighters(isis, troops: 2500, isfCapacity: 0.8), Is.Zero);
    }

    [Test]
    public void Run_EventAddsFighters_PoolJumpsOnThatDay()
    {
        var scenario = TestScenarios.IsisOnly(days: 10, recruitment: 0, initialFighters: 1000) with
        {
            Isis = new IsisModel { InitialFighters = 1000, RecruitmentRate = 0, AttritionBase = 0, AttritionCt = 0 },
            Events = [new ScenarioEvent { Name = "escape", Date = TestScenarios.Start.AddDays(3), Effects = [new EventEffect { Target = EffectTarget.IsisFighters, Add = 500 }] }],
        };

        var trace = _runner.Trace(scenario, replication: 0, seed: 1);

        Assert.That(trace.Days.Select(d => d.IsisFighters), Is.EqualTo(new long[] { 1000, 1000, 1000, 1500, 1500, 1500, 1500, 1500, 1500, 1500 }));
        Assert.That(trace.Days[3].ActiveEvents, Is.EqualTo(new[] { "escape" }));
        Assert.That(trace.Days[4].ActiveEvents, Is.Empty);
    }

    [Test]
    public void Run_ResurgenceAlreadyAtStart_CountsDayZero()
    {
        var scenario = TestScenarios.IsisOnly(days: 30, recruitment: 0, initialFighters: 6000);

        var result = _runner.Run(scenario, new RunOptions { Replications = 50, Seed = 2 });

        Assert.That(result.Metric(MetricNames.Resurgence).Probability!.Probability, Is.EqualTo(1));
        Assert.That(result.Metric(MetricNames.DaysToResurgence).Statistics.Max, Is.Zero);
        Assert.That(result.Metric(MetricNames.DaysToResurgence).MissingCount, Is.Zero);
    }
}
