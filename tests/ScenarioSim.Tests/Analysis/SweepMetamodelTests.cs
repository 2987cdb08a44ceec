using System.Text.Json;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.Analysis;

public sealed class SweepMetamodelTests
{
    private static readonly ParameterRange[] Parameters =
    [
        new("regions.anbar.militia.base_rate", 0.5, 1.0, 5),
        new("militia.casualties.p_fatal", 0.01, 0.05, 3),
        new("regions.anbar.militia.exposure_ref", 1000, 1000, 1),
    ];

    [Test]
    public void Fit_AttacksLinearInTheRate_CoefficientIsHalfTheChangeAcrossTheRange()
    {
        var sweep = Sweep();

        var model = SweepMetamodel.Fit(sweep).Single(m => m.Metric == MetricNames.MilitiaAttacksTotal);

        // Constant exposure at exposure_ref: attacks are Poisson with mean 90 · base_rate, so the mean moves by
        // 90 · 0.5 = 45 across the rate's range: 22.5 per coded unit. Tolerance: 4 standard errors of the coefficient.
        Assert.That(model.Note, Is.Null);
        Assert.That(model.Terms.Select(t => t.Factor), Is.EqualTo(new[] { Parameters[0].Path, Parameters[1].Path }), "a constant factor is left out");
        var rate = model.Terms[0];
        Assert.That(rate.Estimate, Is.EqualTo(22.5).Within(4 * rate.Se));
        Assert.That(rate.Ci95Low, Is.LessThan(rate.Estimate).And.GreaterThan(0));
        Assert.That(model.Intercept!.Estimate, Is.EqualTo(90 * 0.75).Within(4 * model.Intercept.Se));
        Assert.That(model.Ranked[0].Factor, Is.EqualTo(Parameters[0].Path));
        Assert.That(model.RSquared, Is.GreaterThan(0.9).And.LessThanOrEqualTo(1));
    }

    [Test]
    public void Fit_OneFactorAtTwoPoints_ExactFitWithoutIntervals()
    {
        ParameterRange[] two = [new("regions.anbar.militia.base_rate", 0.5, 1.0, 2), new("militia.casualties.p_fatal", 0.01, 0.05, 1)];
        var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
        var sweep = ParameterSweep.Run(template, two, ParameterSweep.Grid(two), ParameterSweep.GridDesign, new RunOptions { Replications = 5 });

        var model = SweepMetamodel.Fit(sweep).First();

        Assert.That((model.Note, model.Terms.Count), Is.EqualTo(((string?)null, 1)), "p_fatal takes one value: left out, the rate alone is fitted exactly");
        Assert.That(double.IsNaN(model.Terms[0].Se), Is.True, "no residual degrees of freedom");
    }

    [Test]
    public void Fit_MetricTheSameAtEveryPoint_NoteInsteadOfNoiseCoefficients()
    {
        // Troops do not depend on the militia parameters swept: their mean is the same at every point,
        // and a regression would report rounding noise as effects.
        var sweep = Sweep();
        var troops = sweep.Points.Select(p => p.Result.Metric(MetricNames.TroopsEnd).Statistics.Mean).Distinct().ToList();
        Assert.That(troops, Has.Count.EqualTo(1), "the premise: one value over the points");

        var model = SweepMetamodel.Fit(sweep).Single(m => m.Metric == MetricNames.TroopsEnd);

        Assert.That((model.Intercept, model.Terms.Count, double.IsNaN(model.RSquared)), Is.EqualTo(((MetamodelTerm?)null, 0, true)));
        Assert.That(model.Note, Does.StartWith("the mean is ").And.EndWith(" at every point: no factor moves it"));
    }

    [Test]
    public void Write_SweepJson_DesignCorrelationAndModelsPerMetric()
    {
        var sweep = Sweep();
        using var stream = new MemoryStream();

        SweepJson.Write(stream, sweep);

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.That(root.GetProperty("design").GetString(), Is.EqualTo(ParameterSweep.GridDesign));
        Assert.That(root.GetProperty("points").GetInt32(), Is.EqualTo(15));
        Assert.That(root.GetProperty("design_correlation").GetProperty("max_abs").GetDouble(), Is.EqualTo(0).Within(1e-12), "a full grid is orthogonal");
        var metrics = root.GetProperty("metrics");
        Assert.That(metrics.EnumerateObject().Select(p => p.Name), Is.EqualTo(MetricNames.All));
        var attacks = metrics.GetProperty(MetricNames.MilitiaAttacksTotal);
        Assert.That(attacks.GetProperty("coefficients").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { Parameters[0].Path, Parameters[1].Path }));
        Assert.That(attacks.GetProperty("ranking")[0].GetString(), Is.EqualTo(Parameters[0].Path));
        Assert.That(metrics.GetProperty(MetricNames.DaysToResurgence).GetProperty("note").GetString(), Does.StartWith("0 points with a mean"));
    }

    private static SweepResult Sweep()
    {
        var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
        return ParameterSweep.Run(template, Parameters, ParameterSweep.Grid(Parameters), ParameterSweep.GridDesign, new RunOptions { Replications = 200 });
    }
}
