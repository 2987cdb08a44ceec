namespace ScenarioSim.Tests.Yaml;

/// <summary>Each file under TestData/Scenarios/broken breaks one rule; the full located message is pinned.</summary>
public class BrokenScenarioTests
{
    private const string Dir = "TestData/Scenarios/broken/";

    private static readonly TestCaseData[] OneProblemCases =
    [
        Case("negative-base-rate.yaml", """
            TestData/Scenarios/broken/negative-base-rate.yaml:10:27: error: regions[2].militia.base_rate must be >= 0, but was -1.5
            """),
        Case("unknown-key-suggestion.yaml", """
            TestData/Scenarios/broken/unknown-key-suggestion.yaml:8:7: error: unknown key 'exposure_elastcity' in regions[0].militia; did you mean 'exposure_elasticity'?
            """),
        Case("unknown-top-level-key.yaml", """
            TestData/Scenarios/broken/unknown-top-level-key.yaml:4:1: error: unknown key 'replications' at the top level; allowed keys are 'name', 'description', 'extends', 'start', 'end', 'run', 'regions', 'groups', 'forces', 'escalation', 'militia', 'isis', 'events', 'policies', 'correlations', 'report'
            """),
        Case("wrong-type.yaml", """
            TestData/Scenarios/broken/wrong-type.yaml:6:27: error: regions[0].militia.base_rate must be a number, but was 'abc'
            """),
        Case("missing-start.yaml", """
            TestData/Scenarios/broken/missing-start.yaml:1:1: error: the scenario is missing required key 'start'
            """),
        Case("missing-base-rate.yaml", """
            TestData/Scenarios/broken/missing-base-rate.yaml:6:14: error: regions[0].militia is missing required key 'base_rate'
            """),
        Case("bad-date.yaml", """
            TestData/Scenarios/broken/bad-date.yaml:2:8: error: start must be a date in the form yyyy-MM-dd, but was '2025-13-01'
            """),
        Case("bad-interpolation.yaml", """
            TestData/Scenarios/broken/bad-interpolation.yaml:9:20: error: forces[0].interpolation must be one of linear, step, but was 'cubic'
            """),
        Case("bad-effect-target.yaml", """
            TestData/Scenarios/broken/bad-effect-target.yaml:11:19: error: events[0].effects[0].target must be one of isis.recruitment, isis.inflow, isis.fighters, militia.base_rate, escalation, but was 'isis.recruit'
            """),
        Case("unknown-force-region.yaml", """
            TestData/Scenarios/broken/unknown-force-region.yaml:9:13: error: forces[0].region 'anbr' is not a region id (the regions are 'anbar', 'baghdad'); did you mean 'anbar'?
            """),
        Case("schedule-not-increasing.yaml", """
            TestData/Scenarios/broken/schedule-not-increasing.yaml:12:17: error: forces[0].schedule[2].date 2025-03-01 must be after forces[0].schedule[1].date 2025-06-01; breakpoint dates must be strictly increasing
            """),
        Case("negative-slip.yaml", """
            TestData/Scenarios/broken/negative-slip.yaml:12:38: error: forces[0].slip_days.min must be >= 0 because a slip can only delay, but was -5
            """),
        Case("hawkes-explosive.yaml", """
            TestData/Scenarios/broken/hawkes-explosive.yaml:7:11: error: militia.hawkes has branching ratio n = alpha / (1 - exp(-1/decay_days)) = 1.36, but n must be < 1: with n >= 1 the process is explosive (each attack triggers on average n more); lower alpha or decay_days
            """),
        Case("p-fatal-out-of-range.yaml", """
            TestData/Scenarios/broken/p-fatal-out-of-range.yaml:7:26: error: militia.casualties.p_fatal must be between 0 and 1, but was 1.5
            """),
        Case("escalation-unknown-next.yaml", """
            TestData/Scenarios/broken/escalation-unknown-next.yaml:10:61: error: escalation.states[1].next[1].to 'conflct' is not an escalation state (the states are 'calm', 'tension', 'conflict'); did you mean 'conflict'?
            """),
        Case("escalation-nowhere.yaml", """
            TestData/Scenarios/broken/escalation-nowhere.yaml:10:15: error: escalation.states[1] ('tension') has a mean_duration_days but no next state with a positive weight, so it has nowhere to go; give next weights or remove mean_duration_days
            """),
        Case("event-outside-run.yaml", """
            TestData/Scenarios/broken/event-outside-run.yaml:9:11: error: events[0].date 2027-01-01 lies outside the run (2025-01-01 to 2025-12-31), so the event could never happen
            """),
        Case("date-and-window.yaml", """
            TestData/Scenarios/broken/date-and-window.yaml:8:5: error: events[0] must have exactly one of date and window, but has both
            """),
        Case("escalation-effect-without-chain.yaml", """
            TestData/Scenarios/broken/escalation-effect-without-chain.yaml:10:42: error: events[0].effects[0].set_state needs an escalation chain, but the scenario has no escalation block
            """),
        Case("fighters-with-duration.yaml", """
            TestData/Scenarios/broken/fighters-with-duration.yaml:11:59: error: events[0].effects[0].duration_days is not allowed for target isis.fighters, which acts once on the event's day
            """),
        Case("unknown-metric.yaml", """
            TestData/Scenarios/broken/unknown-metric.yaml:8:5: error: report.thresholds[0].metric 'militia_atacks_total' is not a metric (the metrics are 'militia_attacks_total', 'militia_fatalities_total', 'any_fatality', 'peak_monthly_militia_attacks', 'isis_attacks_total', 'isis_fighters_end', 'isis_fighters_peak', 'resurgence', 'days_to_resurgence', 'troops_end', 'days_to_first_fatality', 'days_to_drawdown_complete', 'days_paused'); did you mean 'militia_attacks_total'?
            """),
        Case("duplicate-region.yaml", """
            TestData/Scenarios/broken/duplicate-region.yaml:7:9: error: regions[2].id 'anbar' is already used by regions[0]; region ids must be unique
            """),
        Case("zero-replications.yaml", """
            TestData/Scenarios/broken/zero-replications.yaml:4:22: error: run.replications must be >= 1, but was 0
            """),
        Case("isf-growth-too-large.yaml", """
            TestData/Scenarios/broken/isf-growth-too-large.yaml:7:36: error: isis.isf_capacity.growth_per_year must be between 0 and 365, but was 400
            """),
        Case("malformed-indent.yaml", """
            TestData/Scenarios/broken/malformed-indent.yaml:6:13: error: invalid YAML: while scanning a plain scalar value, found invalid mapping
            """),
        Case("malformed.yaml", """
            TestData/Scenarios/broken/malformed.yaml:6:25: error: invalid YAML: the text cannot be parsed after this point; check for an unclosed { or [, a stray quote or bad indentation
            """),
    ];

    [TestCaseSource(nameof(OneProblemCases))]
    public void Load_BrokenFile_ReportsItsOneProblem(string file, string expected)
    {
        var result = ScenarioFiles.Load(Dir + file);

        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.False);
            Assert.That(result.Value, Is.Null);
            Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[] { expected }));
        });
    }

    [Test]
    public void Load_EffectWithWrongAmount_ReportsMissingAndDisallowedKeys()
    {
        var result = ScenarioFiles.Load(Dir + "effect-wrong-amount.yaml");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "TestData/Scenarios/broken/effect-wrong-amount.yaml:12:9: error: events[0].effects[1] (target isis.recruitment) needs multiply",
            "TestData/Scenarios/broken/effect-wrong-amount.yaml:12:42: error: events[0].effects[1].add is not allowed for target isis.recruitment, which takes only multiply",
        }));
    }

    [Test]
    public void Load_SeveralProblems_ReportsAllInSourceOrder()
    {
        var result = ScenarioFiles.Load(Dir + "several-problems.yaml");

        Assert.That(ScenarioFiles.Lines(result), Is.EqualTo(new[]
        {
            "TestData/Scenarios/broken/several-problems.yaml:1:7: error: name must not be empty",
            "TestData/Scenarios/broken/several-problems.yaml:6:27: error: regions[0].militia.base_rate must be >= 0, but was -1",
            "TestData/Scenarios/broken/several-problems.yaml:6:45: error: regions[0].militia.exposure_ref must be > 0, but was 0",
            "TestData/Scenarios/broken/several-problems.yaml:7:5: error: unknown key 'colour' in regions[0]; allowed keys are 'id', 'militia', 'isis'",
            "TestData/Scenarios/broken/several-problems.yaml:12:37: error: forces[0].schedule[0].troops must be a number, but was 'many'",
            "TestData/Scenarios/broken/several-problems.yaml:14:11: error: militia.hawkes has branching ratio n = alpha / (1 - exp(-1/decay_days)) = 1.36, but n must be < 1: with n >= 1 the process is explosive (each attack triggers on average n more); lower alpha or decay_days",
        }));
    }

    [Test]
    public void Load_BrokenFile_ThrowsOnlyWhenAsked()
    {
        var result = ScenarioFiles.Load(Dir + "wrong-type.yaml");

        Assert.That(
            () => result.GetValueOrThrow(),
            Throws.TypeOf<ScenarioSim.Diagnostics.InvalidInputException>()
                .With.Property("Diagnostics").Count.EqualTo(1));
    }

    private static TestCaseData Case(string file, string expected) =>
        new TestCaseData(file, expected).SetArgDisplayNames(file);
}
