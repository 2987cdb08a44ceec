using ScenarioSim.Analysis;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.Analysis;

public sealed class ScenarioPointsTests
{
    /// <summary>Parameters of every kind the baseline has: named region, theatre block, Hawkes (branching-ratio rule), escalation state, event, whole-number ISIS pool, force schedule.</summary>
    private static readonly ParameterRange[] BaselineParameters =
    [
        new("regions.anbar.militia.base_rate", 0.005, 0.03),
        new("militia.casualties.p_fatal", 0.003, 0.012),
        new("militia.hawkes.alpha", 0.005, 0.03),
        new("militia.hawkes.decay_days", 5, 30),
        new("escalation.states.tension.militia_multiplier", 1, 4),
        new("events[0].probability", 0, 1),
        new("isis.initial_fighters", 1000, 5000),
        new("isis.recruitment_rate", 0.0008, 0.0012),
        new("forces[0].schedule[0].troops", 0, 3000),
    ];

    private static readonly object[] InvalidPoints =
    [
        new object[] { new[] { 0.01, 0.005, 0.04, 30, 2, 0.5, 3000, 0.001, 2000 }, "the Hawkes branching ratio" },
        new object[] { new[] { 0.01, 0.005, 0.01, 10, 2, 0.5, 3000.5, 0.001, 2000 }, "a fraction for a whole-number parameter" },
        new object[] { new[] { -0.01, 0.005, 0.01, 10, 2, 1.5, 3000, 0.001, 2000 }, "two ranges at once" },
    ];

    [FsCheck.NUnit.Property(MaxTest = 40)]
    public bool Instantiate_AnyPointOfTheRanges_TheLoadersScenario(FsCheck.NormalFloat[] units)
    {
        var template = ScenarioTemplate.FromFile(ShippedScenarios.PathOf("baseline"));
        var points = template.Points(BaselineParameters);
        double[] values = BaselineParameters
            .Select((p, i) => p.At(i < units.Length ? Math.Abs(units[i].Get % 1) : 0.5))
            .Select((v, i) => BaselineParameters[i].Path == "isis.initial_fighters" ? Math.Round(v) : v)
            .ToArray();
        var loaded = template.Load(BaselineParameters, values);
        if (!loaded.Succeeded)
        {
            // An explosive Hawkes corner: the in-memory point must refuse it with the loader's words.
            var thrown = Assert.Throws<InvalidInputException>(() => points.Instantiate(values))!;
            return points.InMemory && thrown.Diagnostics.Select(d => d.ToString()).SequenceEqual(loaded.Diagnostics.Select(d => d.ToString()));
        }

        return points.InMemory && ScenarioFingerprint.Sha256(points.Instantiate(values)) == ScenarioFingerprint.Sha256(loaded.Value!);
    }

    [TestCaseSource(nameof(InvalidPoints))]
    public void Instantiate_InvalidPoint_TheLoadersLocatedDiagnostics(double[] values, string what)
    {
        var template = ScenarioTemplate.FromFile(ShippedScenarios.PathOf("baseline"));
        var points = template.Points(BaselineParameters);

        var thrown = Assert.Throws<InvalidInputException>(() => points.Instantiate(values))!;

        var expected = template.Load(BaselineParameters, values).Diagnostics;
        Assert.That(expected, Is.Not.Empty, what);
        Assert.That(thrown.Diagnostics.Select(d => d.ToString()), Is.EqualTo(expected.Select(d => d.ToString())), what);
    }

    [Test]
    public void Instantiate_ParameterGivenAsDistribution_FixedAtThePointAsSetFixesIt()
    {
        string yaml = ScenarioYaml.ConstantExposure.Replace("p_fatal: 0.05", "p_fatal: { dist: uniform, min: 0.01, max: 0.1 }", StringComparison.Ordinal);
        var template = ScenarioTemplate.FromYaml(yaml, "uncertain.yaml");
        ParameterRange[] parameters = [new("militia.casualties.p_fatal", 0.02, 0.08), new("regions.anbar.militia.base_rate", 0.2, 0.6)];
        var points = template.Points(parameters);

        var scenario = points.Instantiate([0.03, 0.4]);

        Assert.That(points.InMemory, Is.True);
        Assert.That(template.Load().Value!.Uncertainties, Has.Count.EqualTo(1));
        Assert.That(scenario.Uncertainties, Is.Empty);
        Assert.That(ScenarioFingerprint.Sha256(scenario), Is.EqualTo(ScenarioFingerprint.Sha256(template.Instantiate(parameters, [0.03, 0.4]))));
    }

    [Test]
    public void Instantiate_PathThatCreatesABlock_ThroughTheLoaderAtEveryPoint()
    {
        var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
        ParameterRange[] parameters = [new("militia.hawkes.alpha", 0.01, 0.02), new("militia.hawkes.decay_days", 5, 10)];
        var points = template.Points(parameters);

        Assert.That(points.InMemory, Is.False, "the scenario has no hawkes block: --set creates one, the model cannot");
        Assert.That(points.Instantiate([0.015, 7]).Militia.Hawkes, Is.EqualTo(template.Instantiate(parameters, [0.015, 7]).Militia.Hawkes));
    }

    [Test]
    public void Sweep_ScenarioFileDeletedAfterLoading_SameResults()
    {
        string folder = Directory.CreateTempSubdirectory("scenariosim-points-").FullName;
        try
        {
            string file = Path.Combine(folder, "constant.yaml");
            File.WriteAllText(file, ScenarioYaml.ConstantExposure);
            var template = ScenarioTemplate.FromFile(file);
            ParameterRange[] parameters = [new("militia.casualties.p_fatal", 0.01, 0.2, 3), new("regions.anbar.militia.base_rate", 0.2, 0.6, 2)];
            var options = new RunOptions { Replications = 30 };
            var before = ParameterSweep.Run(template, parameters, ParameterSweep.Grid(parameters), ParameterSweep.GridDesign, options);

            File.Delete(file);
            var after = ParameterSweep.Run(template, parameters, ParameterSweep.Grid(parameters), ParameterSweep.GridDesign, options);

            Assert.That(after.Points.Select(p => p.Result.Metrics), Is.EqualTo(before.Points.Select(p => p.Result.Metrics)));
            Assert.That(ScenarioTemplate.FromFile(file).Load().Succeeded, Is.False, "a new template would have to read the file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
