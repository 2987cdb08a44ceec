using ScenarioSim.Calibration;
using ScenarioSim.Model;
using ScenarioSim.Tests.Yaml;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Calibration;

/// <summary>
/// <c>--fit</c> paths resolved through the model's parameter table: what can be fitted, by which method and
/// within which bounds, and the messages for paths that cannot (pinned as they were before the table).
/// </summary>
public sealed class ParameterTargetTests
{
    private const string Minimal = ScenarioFiles.Minimal;

    private static readonly Scenario Full = ScenarioFiles.Load("TestData/Scenarios/valid/full.yaml").GetValueOrThrow();

    private static readonly object[] Unfittable =
    [
        new object[] { "full", "regions.nope.militia.base_rate", "the scenario has no region 'nope' (it has 'anbar', 'baghdad', 'kirkuk')" },
        new object[] { "full", "regions.nope.militia.foo", "the scenario has no region 'nope' (it has 'anbar', 'baghdad', 'kirkuk')" },
        new object[] { "full", "regions.kirkuk.militia.exposure_ref", "region 'kirkuk' has no militia block" },
        new object[] { "full", "regions.anbar.isis.governance_gap", "region 'anbar' has no isis block" },
        new object[] { "full", "escalation.states.panic.militia_multiplier", "the escalation chain has no state 'panic' (it has 'calm', 'tension', 'conflict')" },
        new object[] { "minimal", "escalation.states.calm.militia_multiplier", "the scenario has no escalation block" },
        new object[] { "minimal", "militia.hawkes.decay_days", "the scenario has no militia.hawkes block" },
        new object[] { "minimal", "isis.isf_capacity.max", "the scenario has no isis block" },
        new object[] { "minimal", "regions.*.militia.base_ratex", "the scenario has no region '*' (it has 'anbar')" },
        new object[] { "full", "regions[0].militia.base_rate", null! },
        new object[] { "full", "isis.resurgence_threshold", null! },
        new object[] { "full", "militia.casualties.p_fatal", null! },
        new object[] { "full", "regions.anbar.militia.foo", null! },
        new object[] { "full", "escalation.states.calm.next.tension", null! },
    ];

    private static readonly object[] Fittable =
    [
        new object[] { "regions.baghdad.militia.base_rate", "base_rate", "baghdad", FitComponent.Militia, 0.0, double.PositiveInfinity, 0.4 },
        new object[] { "regions.anbar.militia.exposure_ref", "exposure_ref", "anbar", FitComponent.Militia, 0.0, double.PositiveInfinity, 1000.0 },
        new object[] { "regions.kirkuk.isis.governance_gap", "governance_gap", "kirkuk", FitComponent.Isis, 0.0, double.PositiveInfinity, 1.5 },
        new object[] { "escalation.states.conflict.mean_duration_days", "mean_duration_days", "conflict", FitComponent.Militia, 1.0, double.PositiveInfinity, 60.0 },
        new object[] { "escalation.states.calm.militia_multiplier", "militia_multiplier", "calm", FitComponent.Militia, 0.0, double.PositiveInfinity, 0.05 },
        new object[] { "militia.hawkes.alpha", "alpha", null!, FitComponent.Militia, 0.0, double.PositiveInfinity, 0.1 },
        new object[] { "isis.attrition_base", "attrition_base", null!, FitComponent.Isis, 0.0, 1.0, 0.0002 },
        new object[] { "isis.isf_capacity.growth_per_year", "isf_capacity.growth_per_year", null!, FitComponent.Isis, 0.0, double.PositiveInfinity, 0.05 },
        new object[] { "isis.coalition_enabler.troops_ref", "coalition_enabler.troops_ref", null!, FitComponent.Isis, 0.0, double.PositiveInfinity, 2500.0 },
    ];

    [Test]
    public void SupportedForms_ListsTheFittablePaths() =>
        Assert.That(ParameterTarget.SupportedForms, Is.EqualTo(
            "regions.ID.militia.base_rate, regions.*.militia.base_rate (one shared multiplier), regions.ID.militia.exposure_elasticity, " +
            "regions.ID.militia.exposure_ref, escalation.states.STATE.militia_multiplier, escalation.states.STATE.mean_duration_days, " +
            "militia.hawkes.alpha, militia.hawkes.decay_days, isis.{initial_fighters, carrying_capacity, recruitment_rate, attrition_base, " +
            "attrition_ct, attacks_per_1000_fighters_per_day, isf_capacity.start, isf_capacity.max, isf_capacity.growth_per_year, " +
            "coalition_enabler.weight, coalition_enabler.troops_ref}, regions.ID.isis.activity_share, regions.ID.isis.governance_gap"));

    [TestCaseSource(nameof(Unfittable))]
    public void Resolve_PathThatCannotBeFitted_SaysWhy(string scenario, string path, string? expected)
    {
        var target = ParameterTarget.Resolve(path, Load(scenario), out string? problem);
        Assert.That(target, Is.Null);
        Assert.That(problem, Is.EqualTo(expected ?? $"'{path}' cannot be fitted; the paths that can are {ParameterTarget.SupportedForms}"));
    }

    [Test]
    public void Resolve_StateThatIsNeverLeft_SaysSo()
    {
        var states = Full.Escalation!.States.Select(s => s.Name == "calm" ? s with { MeanDurationDays = null } : s).ToArray();
        var scenario = Full with { Escalation = Full.Escalation with { States = states } };
        Assert.That(ParameterTarget.Resolve("escalation.states.calm.mean_duration_days", scenario, out string? problem), Is.Null);
        Assert.That(problem, Is.EqualTo("state 'calm' has no mean_duration_days (it is never left)"));
    }

    [TestCaseSource(nameof(Fittable))]
    public void Resolve_FittablePath_ReadsAndSetsTheParameter(string path, string field, string? name, object component, double lower, double upper, double value)
    {
        var target = ParameterTarget.Resolve(path, Full, out string? problem);
        Assert.That(problem, Is.Null);
        Assert.That((target!.Field, target.Name, target.Component, target.NaturalLower, target.NaturalUpper, target.IsWholeNumber), Is.EqualTo((field, name, (FitComponent)component, lower, upper, false)));
        Assert.That(target.Read(Full), Is.EqualTo(value));
        var changed = target.Apply(Full, value * 2, Full, new HashSet<string>());
        Assert.That(target.Read(changed), Is.EqualTo(value * 2));
        Assert.That(ScenarioParameters.Get(changed, ScenarioParameters.Normalize(Full, path)), Is.EqualTo(value * 2));
    }

    [Test]
    public void Apply_InitialFighters_RoundsHalfAwayFromZero()
    {
        var target = ParameterTarget.Resolve("isis.initial_fighters", Full, out _)!;
        Assert.That(target.IsWholeNumber, Is.True);
        Assert.That(target.Apply(Full, 2500.5, Full, new HashSet<string>()).Isis!.InitialFighters, Is.EqualTo(2501));
    }

    private static Scenario Load(string name) =>
        name == "full" ? Full : ScenarioLoader.LoadString(Minimal, "minimal.yaml", []).GetValueOrThrow();
}
