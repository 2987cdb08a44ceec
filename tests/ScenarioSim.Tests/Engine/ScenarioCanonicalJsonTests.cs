using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Tests.Analysis;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// A scenario's canonical JSON (whose SHA-256 summary.json, partial results and merges check) comes from
/// source-generated metadata; it must be the bytes the reflection-based resolver it replaced gives,
/// or every recorded fingerprint would change. The reflection options are kept here as that reference.
/// </summary>
public sealed class ScenarioCanonicalJsonTests
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ScenarioFingerprint.OmitAbsentAdditions } },
    };

    private static IEnumerable<TestCaseData> Scenarios()
    {
        foreach (string name in ShippedScenarios.Names)
        {
            yield return new TestCaseData(ShippedScenarios.Load(name)).SetArgDisplayNames(name);
        }

        var baseline = ShippedScenarios.Load("baseline");
        yield return new TestCaseData(baseline with
        {
            Groups = [new RegionGroup("iraq", [baseline.Regions[0].Id, baseline.Regions[1].Id])],
            Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 5, PauseDays = 10, Group = "iraq" } },
            Uncertainties =
            [
                new UncertainParameter("isis.recruitment_rate", Distribution.Triangular(0.0005, 0.001, 0.002)),
                new UncertainParameter("isis.attrition_base", Distribution.Uniform(0.0001, 0.0003)),
                new UncertainParameter("regions[0].militia.base_rate", Distribution.LogNormal(-4.5, 0.2)),
                new UncertainParameter("regions[1].militia.base_rate", Distribution.Beta(2, 5, 0.001, 0.02)),
                new UncertainParameter("regions[2].militia.base_rate", Distribution.Normal(0.01, 0.001)),
                new UncertainParameter("regions[3].militia.base_rate", Distribution.Fixed(double.PositiveInfinity)),
            ],
            Correlations = [new ParameterCorrelation("isis.recruitment_rate", "isis.attrition_base", -0.4)],
        }).SetArgDisplayNames("baseline-with-everything");
        yield return new TestCaseData(TestScenarios.MixedUncertain()).SetArgDisplayNames("mixed-uncertain");
        yield return new TestCaseData(TestScenarios.IsisOnly(100, 0.001, 500)).SetArgDisplayNames("isis-only");
    }

    [TestCaseSource(nameof(Scenarios))]
    public void CanonicalJson_SourceGenerated_SameBytesAsReflection(Scenario scenario)
    {
        byte[] expected = JsonSerializer.SerializeToUtf8Bytes(scenario, ReflectionOptions);

        byte[] actual = ScenarioFingerprint.CanonicalJson(scenario);

        Assert.That(System.Text.Encoding.UTF8.GetString(actual), Is.EqualTo(System.Text.Encoding.UTF8.GetString(expected)));
        var read = JsonSerializer.Deserialize<Scenario>(actual, ScenarioFingerprint.ReadOptions)!;
        Assert.That(ScenarioFingerprint.CanonicalJson(read), Is.EqualTo(actual), "read back, it writes the same bytes");
        Assert.That(read.Groups, Has.Count.EqualTo(scenario.Groups.Count), "an omitted setting reads back as its default, not null");
    }
}
