using ScenarioSim.Analysis;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Engine;

/// <summary>Parameters given as distributions, drawn once per replication. Fixed seeds; tolerances of 5 standard errors.</summary>
public class UncertaintyTests
{
    private const string BaseRate = "regions[0].militia.base_rate";
    private readonly ScenarioRunner _runner = new();

    private static Scenario WithIsis(Scenario s) => s with { Regions = [s.Regions[0] with { Isis = new RegionIsis { ActivityShare = 0.5 } }], Isis = new IsisModel() };

    [TestCase(BaseRate)]
    [TestCase("militia.casualties.p_fatal")]
    [TestCase("militia.hawkes.decay_days")]
    [TestCase("regions[0].isis.activity_share")]
    [TestCase("regions[0].militia.exposure_ref")]
    [TestCase("forces[0].schedule[0].troops")]
    [TestCase("isis.isf_capacity.start")]
    [TestCase("isis.attrition_ct")]
    public void Run_FixedDistributionAtNominal_IdenticalToPlainScenario(string path)
    {
        // Each lane's parameter set holds the drawn value and what is derived from it; the last four
        // paths also move troops, exposure or attrition, which the plain scenario tabulates once and
        // the uncertain one computes per lane. Both must give the same bits.
        var plain = WithIsis(TestScenarios.ConstantMilitia(0.4, 200, hawkes: new HawkesExcitation(0.1, 4)));
        var nominal = ScenarioParameters.Get(plain, path) ?? throw new AssertionException(path + " is not in the scenario");
        var uncertain = plain with { Uncertainties = [new UncertainParameter(path, Distribution.Fixed(nominal))] };
        var options = new RunOptions { Replications = 300, Seed = 17 };

        Assert.That(
            ResultComparison.Canonical(_runner.Run(uncertain, options)),
            Is.EqualTo(ResultComparison.Canonical(_runner.Run(plain, options))));
    }

    [Test]
    public void Run_UniformBaseRate_MeanTotalIsMeanRateTimesDays()
    {
        const int days = 100;
        var scenario = TestScenarios.ConstantMilitia(0.4, days) with
        {
            Uncertainties = [new UncertainParameter(BaseRate, Distribution.Uniform(0.2, 0.6))],
        };

        var result = _runner.Run(scenario, new RunOptions { Replications = 4000, Seed = 18 });
        var stats = result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;

        // A Poisson mixture: mean E[rate]·D; variance E[rate]·D + Var(rate)·D² = 40 + (0.4²/12)·10⁴ ≈ 173.
        Assert.That(stats.Mean, Is.EqualTo(0.4 * days).Within(5 * stats.Se));
        Assert.That(stats.Sd * stats.Sd, Is.EqualTo(40 + (0.16 / 12 * days * days)).Within(25));
    }

    [Test]
    public void Run_UncertainIsisParameter_MilitiaDrawsUnchanged()
    {
        var plain = WithIsis(TestScenarios.ConstantMilitia(0.4, 150, hawkes: new HawkesExcitation(0.1, 4)));
        var uncertain = plain with { Uncertainties = [new UncertainParameter("isis.recruitment_rate", Distribution.Triangular(0.0005, 0.001, 0.002))] };
        var options = new RunOptions { Replications = 200, Seed = 19 };

        var a = _runner.RunReplicationMetrics(plain, options);
        var b = _runner.RunReplicationMetrics(uncertain, options);

        Assert.That(b[MetricNames.MilitiaAttacksTotal], Is.EqualTo(a[MetricNames.MilitiaAttacksTotal]));
        Assert.That(b[MetricNames.MilitiaFatalitiesTotal], Is.EqualTo(a[MetricNames.MilitiaFatalitiesTotal]));
        Assert.That(b[MetricNames.IsisFightersEnd], Is.Not.EqualTo(a[MetricNames.IsisFightersEnd]));
    }

    [Test]
    public void Run_RankCorrelation_InducedBetweenDrawnValues()
    {
        var scenario = WithIsis(TestScenarios.ConstantMilitia(0.4, 30)) with
        {
            Uncertainties =
            [
                new UncertainParameter(BaseRate, Distribution.Uniform(0.2, 0.6)),
                new UncertainParameter("isis.recruitment_rate", Distribution.LogNormal(Math.Log(0.001), 0.3)),
            ],
            Correlations = [new ParameterCorrelation(BaseRate, "isis.recruitment_rate", 0.7)],
        };

        var metrics = _runner.RunReplicationMetrics(scenario, new RunOptions { Replications = 4000, Seed = 20 });
        double rho = MathNet.Numerics.Statistics.Correlation.Spearman(metrics.Parameter(BaseRate), metrics.Parameter("isis.recruitment_rate"));

        // The Spearman estimate's standard error is about (1 − ρ²)/√n ≈ 0.008 here.
        Assert.That(rho, Is.EqualTo(0.7).Within(0.04));
    }

    [Test]
    public void Attribution_DrivingParameterDominates_InertParameterNearZero()
    {
        var scenario = WithIsis(TestScenarios.ConstantMilitia(0.4, 100)) with
        {
            Uncertainties =
            [
                new UncertainParameter(BaseRate, Distribution.Uniform(0.1, 1.0)),
                new UncertainParameter("isis.recruitment_rate", Distribution.Uniform(0.0005, 0.002)),
            ],
        };

        var metrics = _runner.RunReplicationMetrics(scenario, new RunOptions { Replications = 2000, Seed = 21 });
        var rows = UncertaintyAttribution.Compute(metrics, MetricNames.MilitiaAttacksTotal);

        Assert.That(rows[0].Path, Is.EqualTo(BaseRate));
        Assert.That(rows[0].ContributionToVariance, Is.GreaterThan(0.99));
        Assert.That(Math.Abs(rows[1].RankCorrelation), Is.LessThan(0.1), "recruitment cannot move militia attacks; |ρ| < 0.1 is ~4.5 SE at n = 2000");
    }

    [Test]
    public void Validate_NormalOnNonNegativeParameter_Rejected()
    {
        var scenario = TestScenarios.ConstantMilitia(0.4, 30) with
        {
            Uncertainties = [new UncertainParameter(BaseRate, Distribution.Normal(0.4, 0.1))],
        };

        var problems = ScenarioValidator.Validate(scenario);

        Assert.That(problems.Single().Message, Is.EqualTo(
            "regions[0].militia.base_rate is drawn from a normal distribution that is unbounded, where regions[0].militia.base_rate must be >= 0, but was -1000000000000000"));
    }

    [Test]
    public void Validate_UnknownPathAndBadCorrelation_Rejected()
    {
        var scenario = TestScenarios.ConstantMilitia(0.4, 30) with
        {
            Uncertainties =
            [
                new UncertainParameter("isis.recruitment_rate", Distribution.Uniform(0, 1)),
                new UncertainParameter(BaseRate, Distribution.Uniform(0.1, 0.2)),
            ],
            Correlations = [new ParameterCorrelation(BaseRate, "militia.casualties.p_fatal", 1.5)],
        };

        var messages = ScenarioValidator.Validate(scenario).Select(d => d.Message).ToArray();

        Assert.That(messages, Is.EqualTo(new[]
        {
            "isis.recruitment_rate is not a numeric parameter of this scenario, so it cannot be given as a distribution",
            "correlations[0] names militia.casualties.p_fatal, which is not given as a distribution",
            "correlations[0].rank must be between -1 and 1 (exclusive), but was 1.5",
        }));
    }

    [Test]
    public void Load_DistributionsInYaml_BecomeUncertainParametersWithMedianNominal()
    {
        const string yaml = """
            name: uncertain
            start: 2025-01-01
            end: 2025-12-31
            regions:
              - id: baghdad
                militia: { base_rate: 0.1 }
              - id: anbar
                militia: { base_rate: { dist: triangular, min: 0.1, mode: 0.2, max: 0.6 } }
            forces:
              - contingent: us
                region: anbar
                schedule: [{ date: 2025-01-01, troops: 1000 }]
            isis:
              initial_fighters: { dist: uniform, min: 2000, max: 4000 }
              recruitment_rate: { dist: lognormal, mu: -6.9, sigma: 0.3 }
            correlations:
              - { between: [regions.anbar.militia.base_rate, isis.recruitment_rate], rank: 0.5 }
            """;

        var scenario = ScenarioLoader.LoadString(yaml, "uncertain.yaml").GetValueOrThrow();

        Assert.That(scenario.Uncertainties.Select(u => u.Path), Is.EqualTo(new[]
        {
            "regions[1].militia.base_rate", "isis.initial_fighters", "isis.recruitment_rate",
        }));
        Assert.That(scenario.Regions[1].Militia!.BaseRate, Is.EqualTo(new TriangularDistribution(0.1, 0.2, 0.6).Quantile(0.5)));
        Assert.That(scenario.Isis!.InitialFighters, Is.EqualTo(3000));
        Assert.That(scenario.Correlations.Single(), Is.EqualTo(new ParameterCorrelation("regions[1].militia.base_rate", "isis.recruitment_rate", 0.5)));
    }

    [Test]
    public void Load_BadDistributionInYaml_LocatedError()
    {
        const string yaml = """
            name: uncertain
            start: 2025-01-01
            end: 2025-12-31
            regions:
              - id: anbar
                militia: { base_rate: { dist: normal, mean: 0.2, sd: 0.1 } }
            """;

        var result = ScenarioLoader.LoadString(yaml, "uncertain.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "uncertain.yaml:6:27: error: regions[0].militia.base_rate is drawn from a normal distribution that is unbounded, where regions[0].militia.base_rate must be >= 0, but was -1000000000000000",
        }));
    }
}
