using ScenarioSim.Model;

namespace ScenarioSim.Tests.Model;

public class ScenarioValidatorTests
{
    private static readonly DateOnly Start = new(2025, 1, 1);
    private static readonly DateOnly End = new(2025, 12, 31);

    private static readonly Scenario Valid = new()
    {
        Name = "valid",
        Start = Start,
        End = End,
        Regions =
        [
            new Region { Id = "anbar", Militia = new RegionMilitia { BaseRate = 0.25 } },
            new Region { Id = "kirkuk", Isis = new RegionIsis { ActivityShare = 0.2 } },
        ],
        Forces =
        [
            new ForceDeployment
            {
                Contingent = "us",
                Region = "anbar",
                Schedule = [new ScheduleBreakpoint(Start, 1000), new ScheduleBreakpoint(new DateOnly(2025, 9, 30), 0)],
                SlipDays = Distribution.Triangular(0, 30, 120),
            },
        ],
        Escalation = new EscalationChain
        {
            Initial = "calm",
            States =
            [
                new EscalationState { Name = "calm", MeanDurationDays = 180, Next = [new("conflict", 1)], MilitiaMultiplier = 0.05 },
                new EscalationState { Name = "conflict", MeanDurationDays = 60, Next = [new("calm", 1)], MilitiaMultiplier = 4 },
            ],
        },
        Militia = new MilitiaModel { Hawkes = new HawkesExcitation(0.1, 4) },
        Isis = new IsisModel(),
        Events =
        [
            new ScenarioEvent
            {
                Name = "spillover",
                Window = new DateWindow(new DateOnly(2025, 6, 1), new DateOnly(2026, 6, 1)),
                Effects =
                [
                    new EventEffect { Target = EffectTarget.IsisFighters, Add = 500 },
                    new EventEffect { Target = EffectTarget.Escalation, SetState = "conflict" },
                    new EventEffect { Target = EffectTarget.MilitiaBaseRate, Multiply = 2, DurationDays = 90, Region = "anbar" },
                ],
            },
        ],
        Report = new ReportSettings { Thresholds = [new MetricThreshold("any_fatality", 1)] },
    };

    private static readonly TestCaseData[] SingleRuleCases =
    [
        Case("negative base rate",
            Valid with { Regions = [Valid.Regions[0] with { Militia = new RegionMilitia { BaseRate = -1.5 } }, Valid.Regions[1]] },
            "regions[0].militia.base_rate", "regions[0].militia.base_rate must be >= 0, but was -1.5"),
        Case("NaN base rate",
            Valid with { Regions = [Valid.Regions[0] with { Militia = new RegionMilitia { BaseRate = double.NaN } }, Valid.Regions[1]] },
            "regions[0].militia.base_rate", "regions[0].militia.base_rate must be a finite number, but was NaN"),
        Case("no regions", Valid with { Regions = [], Forces = [], Events = [] },
            "regions", "regions must list at least one region"),
        Case("run too long", Valid with { End = Start.AddDays(40_000) },
            "end", "the run from start 2025-01-01 to end 2134-07-09 has 40001 days, but at most 36500 are allowed"),
        Case("end before start", Valid with { End = Start.AddDays(-1), Events = [] },
            "end", "end (2024-12-31) must not be before start (2025-01-01)"),
        Case("duplicate force", Valid with { Forces = [Valid.Forces[0], Valid.Forces[0] with { SlipDays = null }] },
            "forces[1]", "forces[1] repeats contingent 'us' in region 'anbar' (first given as forces[0]); each contingent has at most one schedule per region"),
        Case("triangular mode outside",
            Valid with { Forces = [Valid.Forces[0] with { SlipDays = Distribution.Triangular(10, 5, 20) }] },
            "forces[0].slip_days.mode", "forces[0].slip_days.mode must lie between min (10) and max (20), but was 5"),
        Case("duplicate state names",
            Valid with { Escalation = Valid.Escalation! with { States = [.. Valid.Escalation.States, Valid.Escalation.States[0]] } },
            "escalation.states[2].name", "escalation.states[2].name 'calm' is already used by escalation.states[0]; state names must be unique"),
        Case("self transition",
            Valid with { Escalation = Valid.Escalation! with { States = [Valid.Escalation.States[0] with { Next = [new("calm", 1), new("conflict", 1)] }, Valid.Escalation.States[1]] } },
            "escalation.states[0].next[0].to", "escalation.states[0].next[0] moves state 'calm' to itself, but self-transitions are not allowed (leaving a state always moves to another one)"),
        Case("unknown initial",
            Valid with { Escalation = Valid.Escalation! with { Initial = "clam" } },
            "escalation.initial", "escalation.initial 'clam' is not an escalation state (the states are 'calm', 'conflict'); did you mean 'calm'?"),
        Case("short duration",
            Valid with { Escalation = Valid.Escalation! with { States = [Valid.Escalation.States[0] with { MeanDurationDays = 0.5 }, Valid.Escalation.States[1]] } },
            "escalation.states[0].mean_duration_days", "escalation.states[0].mean_duration_days must be >= 1, but was 0.5"),
        Case("decay days zero", Valid with { Militia = new MilitiaModel { Hawkes = new HawkesExcitation(0.1, 0) } },
            "militia.hawkes.decay_days", "militia.hawkes.decay_days must be > 0, but was 0"),
        Case("attrition base above one", Valid with { Isis = new IsisModel { AttritionBase = 1.2 } },
            "isis.attrition_base", "isis.attrition_base must be between 0 and 1, but was 1.2"),
        Case("isis effect without isis", Valid with { Isis = null, Regions = [Valid.Regions[0]] },
            "events[0].effects[0].target", "events[0].effects[0].target isis.fighters needs an isis block, but the scenario has none"),
        Case("fractional fighters",
            Valid with { Events = [Valid.Events[0] with { Effects = [new EventEffect { Target = EffectTarget.IsisFighters, Add = 2.5 }] }] },
            "events[0].effects[0].add", "events[0].effects[0].add must be a whole number of fighters for target isis.fighters, but was 2.5"),
        Case("region on isis effect",
            Valid with { Events = [Valid.Events[0] with { Effects = [new EventEffect { Target = EffectTarget.IsisInflow, Add = 1, Region = "anbar" }] }] },
            "events[0].effects[0].region", "events[0].effects[0].region is not allowed for target isis.inflow; only militia.base_rate effects take a region"),
        Case("unknown set_state",
            Valid with { Events = [Valid.Events[0] with { Effects = [new EventEffect { Target = EffectTarget.Escalation, SetState = "war" }] }] },
            "events[0].effects[0].set_state", "events[0].effects[0].set_state 'war' is not an escalation state (the states are 'calm', 'conflict')"),
        Case("window entirely outside",
            Valid with { Events = [Valid.Events[0] with { Window = new DateWindow(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1)) }] },
            "events[0].window", "events[0].window (2026-01-01 to 2026-06-01) lies entirely outside the run (2025-01-01 to 2025-12-31), so the event could never happen"),
        Case("no effects", Valid with { Events = [Valid.Events[0] with { Effects = [] }] },
            "events[0].effects", "events[0].effects must have at least one effect"),
        Case("duplicate event name", Valid with { Events = [Valid.Events[0], Valid.Events[0]] },
            "events[1].name", "events[1].name 'spillover' is already used by events[0]; event names must be unique"),
        Case("pause days zero",
            Valid with { Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 20, PauseDays = 0 } } },
            "policies.pause_drawdown.pause_days", "policies.pause_drawdown.pause_days must be >= 1, but was 0"),
        Case("infinite threshold", Valid with { Report = new ReportSettings { Thresholds = [new MetricThreshold("troops_end", double.PositiveInfinity)] } },
            "report.thresholds[0].value", "report.thresholds[0].value must be a finite number, but was Infinity"),
    ];

    [Test]
    public void Validate_ValidScenario_HasNoProblems()
    {
        Assert.That(ScenarioValidator.Validate(Valid), Is.Empty);
    }

    [Test]
    public void Validate_WindowPartlyOutsideRun_IsAllowed()
    {
        // The Valid scenario's window runs to 2026-06-01, past the run's end: a drawn date after the end means no event.
        Assert.That(Valid.Events[0].Window!.To, Is.GreaterThan(Valid.End));
        Assert.That(ScenarioValidator.Validate(Valid), Is.Empty);
    }

    [TestCaseSource(nameof(SingleRuleCases))]
    public void Validate_OneBrokenRule_ReportsIt(Scenario scenario, string path, string message)
    {
        var problems = ScenarioValidator.Validate(scenario);

        Assert.That(problems.Select(p => (p.Path, p.Message)), Is.EqualTo(new[] { (path, message) }));
    }

    [Test]
    public void Validate_ManyProblems_ReportsEveryOneInModelOrder()
    {
        Scenario scenario = Valid with
        {
            Name = " ",
            Regions = [Valid.Regions[0] with { Militia = new RegionMilitia { BaseRate = -1, ExposureRef = 0 } }, Valid.Regions[1]],
            Militia = new MilitiaModel { Casualties = new Casualties { PFatal = 2 }, Hawkes = new HawkesExcitation(0.3, 4) },
            Run = new RunSettings { Replications = 0 },
        };

        var problems = ScenarioValidator.Validate(scenario);

        Assert.That(problems.Select(p => p.Path), Is.EqualTo(new[]
        {
            "name",
            "run.replications",
            "regions[0].militia.base_rate",
            "regions[0].militia.exposure_ref",
            "militia.casualties.p_fatal",
            "militia.hawkes",
        }));
    }

    [Test]
    public void Validate_ExplosiveHawkes_ExplainsBranchingRatio()
    {
        var problems = ScenarioValidator.Validate(Valid with { Militia = new MilitiaModel { Hawkes = new HawkesExcitation(0.5, 10) } });

        Assert.That(problems.Single().Message, Is.EqualTo(
            "militia.hawkes has branching ratio n = alpha / (1 - exp(-1/decay_days)) = 5.25, but n must be < 1: with n >= 1 the " +
            "process is explosive (each attack triggers on average n more); lower alpha or decay_days"));
    }

    [Test]
    public void Validate_MetricTypo_SuggestsMetric()
    {
        var problems = ScenarioValidator.Validate(Valid with { Report = new ReportSettings { Thresholds = [new MetricThreshold("resurgense", 1)] } });

        Assert.That(problems.Single().Message, Does.EndWith("; did you mean 'resurgence'?"));
    }

    [Test]
    public void Validate_Null_Throws()
    {
        Assert.That(() => ScenarioValidator.Validate(null!), Throws.ArgumentNullException);
    }

    private static TestCaseData Case(string name, Scenario scenario, string path, string message) =>
        new TestCaseData(scenario, path, message).SetArgDisplayNames(name);
}
