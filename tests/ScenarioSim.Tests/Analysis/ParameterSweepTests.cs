using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.Analysis;

public sealed class ParameterSweepTests
{
    private static readonly object[] InvalidRanges =
    [
        new object[] { "isis.recruitment_rate", "--param expects path=lo:hi[:steps] (e.g. isis.recruitment_rate=0.0008:0.0012:5), but was 'isis.recruitment_rate'" },
        new object[] { "=1:2", "--param expects path=lo:hi[:steps] (e.g. isis.recruitment_rate=0.0008:0.0012:5), but was '=1:2'" },
        new object[] { "a=1", "--param a: expected lo:hi or lo:hi:steps after '=', but was '1'" },
        new object[] { "a=1:2:3:4", "--param a: expected lo:hi or lo:hi:steps after '=', but was '1:2:3:4'" },
        new object[] { "a=x:2", "--param a: lo and hi must be finite numbers (invariant culture, e.g. 0.0012), but were 'x' and '2'" },
        new object[] { "a=1,5:2", "--param a: lo and hi must be finite numbers (invariant culture, e.g. 0.0012), but were '1,5' and '2'" },
        new object[] { "a=3:2", "--param a: lo must be <= hi, but was 3 > 2" },
        new object[] { "a=1:2:0", "--param a: steps must be a whole number >= 1, but was '0'" },
        new object[] { "a=1:2:2.5", "--param a: steps must be a whole number >= 1, but was '2.5'" },
    ];

    [TestCaseSource(nameof(InvalidRanges))]
    public void TryParse_InvalidText_ClearMessage(string text, string message)
    {
        Assert.That(ParameterRange.TryParse(text, out _, out string? error), Is.False);
        Assert.That(error, Is.EqualTo(message));
    }

    [Test]
    public void TryParse_ValidText_PathRangeAndSteps()
    {
        Assert.That(ParameterRange.Parse(" regions.anbar.militia.base_rate=0.01:1e-1:5"), Is.EqualTo(new ParameterRange("regions.anbar.militia.base_rate", 0.01, 0.1, 5)));
        Assert.That(ParameterRange.Parse("a=-1:-1"), Is.EqualTo(new ParameterRange("a", -1, -1)));
    }

    [TestCase("regions.anbar.militia.base_rate=0.1:0.30000000000000004:5")]
    [TestCase("isis.recruitment_rate=0.0009:0.0011")]
    [TestCase("a=-1e-300:1E+300:1")]
    public void ToString_TheTextParseReadsBack(string text)
    {
        var range = ParameterRange.Parse(text);

        Assert.That(ParameterRange.Parse(range.ToString()), Is.EqualTo(range));
    }

    [Test]
    public void Grid_TwoParameters_FullProductFirstSlowestEndsExact()
    {
        var points = ParameterSweep.Grid([new("a", 0.1, 0.3, 3), new("b", 5, 6, 2)]);

        Assert.That(points, Is.EqualTo(new[]
        {
            new[] { 0.1, 5.0 }, [0.1, 6.0], [0.2, 5.0], [0.2, 6.0], [0.3, 5.0], [0.3, 6.0],
        }));
    }

    [Test]
    public void Run_GridOverMilitiaRate_SameSeedEveryPointAndMeansRiseWithTheRate()
    {
        var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
        ParameterRange[] parameters = [new("regions.anbar.militia.base_rate", 0.5, 1.0, 2)];

        var sweep = ParameterSweep.Run(template, parameters, ParameterSweep.Grid(parameters), ParameterSweep.GridDesign, new RunOptions { Replications = 100 });

        Assert.That((sweep.Seed, sweep.Replications), Is.EqualTo((11UL, 100)), "from the scenario's run block");
        Assert.That(sweep.Points.Select(p => p.Result.Seed), Is.All.EqualTo(11UL));
        var low = sweep.Points[0].Result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;
        var high = sweep.Points[1].Result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;

        // Poisson totals with means 45 and 90 over 90 days: the difference is ~45, its se ~1.2 (independent bound).
        Assert.That(high.Mean - low.Mean, Is.EqualTo(45).Within(4 * Math.Sqrt((low.Se * low.Se) + (high.Se * high.Se))));
    }

    [Test]
    public void Run_PointAsSingleRun_IdenticalToRunningTheOverriddenScenario()
    {
        var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
        ParameterRange[] parameters = [new("militia.casualties.p_fatal", 0.01, 0.2)];
        var points = ParameterSweep.LatinHypercube(parameters, 3, seed: 5);

        var sweep = ParameterSweep.Run(template, parameters, points, ParameterSweep.LatinHypercubeDesign, new RunOptions { Replications = 40, MaxDegreeOfParallelism = 2 });

        var direct = new ScenarioRunner().Run(template.Instantiate(parameters, points[1]), new RunOptions { Replications = 40, Seed = 11 });
        Assert.That(sweep.Points[1].Result.Metrics, Is.EqualTo(direct.Metrics));
    }
}
