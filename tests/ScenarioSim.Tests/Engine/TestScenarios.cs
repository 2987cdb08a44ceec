using ScenarioSim.Model;

namespace ScenarioSim.Tests.Engine;

/// <summary>Small scenarios built in code, each isolating one part of the model.</summary>
internal static class TestScenarios
{
    public static readonly DateOnly Start = new(2025, 1, 1);

    /// <summary>One region with a constant force: constant exposure, no escalation, no ISIS.</summary>
    public static Scenario ConstantMilitia(
        double baseRate, int days, double troops = 1000, HawkesExcitation? hawkes = null, double exposureRef = 1000, double elasticity = 0.5) => new()
    {
        Name = "constant-militia",
        Start = Start,
        End = Start.AddDays(days - 1),
        Regions = [new Region { Id = "anbar", Militia = new RegionMilitia { BaseRate = baseRate, ExposureRef = exposureRef, ExposureElasticity = elasticity } }],
        Forces = [Constant("us", "anbar", troops)],
        Militia = new MilitiaModel { Hawkes = hawkes },
    };

    /// <summary>An ISIS pool with no coalition troops and constant ISF capacity.</summary>
    public static Scenario IsisOnly(int days, double recruitment, int initialFighters, double troops = 0, double carryingCapacity = 15000) => new()
    {
        Name = "isis-only",
        Start = Start,
        End = Start.AddDays(days - 1),
        Regions = [new Region { Id = "syria", Isis = new RegionIsis { ActivityShare = 1 } }],
        Forces = [Constant("us", "syria", troops)],
        Isis = new IsisModel
        {
            InitialFighters = initialFighters,
            RecruitmentRate = recruitment,
            CarryingCapacity = carryingCapacity,
            IsfCapacity = new IsfCapacity { Start = 0.6, Max = 0.8, GrowthPerYear = 0 },
        },
    };

    public static ForceDeployment Constant(string contingent, string region, double troops) => new()
    {
        Contingent = contingent,
        Region = region,
        Schedule = [new ScheduleBreakpoint(Start, troops)],
    };

    /// <summary>A realistic mixed scenario touching every component, for determinism checks.</summary>
    public static Scenario Mixed(int days = 400) => new()
    {
        Name = "mixed",
        Start = Start,
        End = Start.AddDays(days - 1),
        Regions =
        [
            new Region { Id = "baghdad", Militia = new RegionMilitia { BaseRate = 0.3 }, Isis = new RegionIsis { ActivityShare = 0.2 } },
            new Region { Id = "anbar", Militia = new RegionMilitia { BaseRate = 0.25 }, Isis = new RegionIsis { ActivityShare = 0.3, GovernanceGap = 1.2 } },
            new Region { Id = "erbil", Militia = new RegionMilitia { BaseRate = 0.1 } },
            new Region { Id = "syria", Isis = new RegionIsis { ActivityShare = 0.5, GovernanceGap = 1.5 } },
        ],
        Forces =
        [
            new ForceDeployment
            {
                Contingent = "us", Region = "anbar",
                Schedule = [new(Start, 1000), new(Start.AddDays(200), 0)],
                SlipDays = Distribution.Triangular(0, 30, 90),
            },
            new ForceDeployment
            {
                Contingent = "us", Region = "baghdad", Interpolation = Interpolation.Step,
                Schedule = [new(Start, 1200), new(Start.AddDays(150), 600), new(Start.AddDays(300), 0)],
                SlipDays = Distribution.Uniform(0, 20),
            },
            Constant("us", "erbil", 300),
        ],
        Escalation = new EscalationChain
        {
            Initial = "tension",
            States =
            [
                new EscalationState { Name = "calm", MeanDurationDays = 180, Next = [new("tension", 1)], MilitiaMultiplier = 0.05 },
                new EscalationState { Name = "tension", MeanDurationDays = 120, Next = [new("calm", 0.6), new("conflict", 0.4)] },
                new EscalationState { Name = "conflict", MeanDurationDays = 60, Next = [new("tension", 1)], MilitiaMultiplier = 4 },
            ],
        },
        Militia = new MilitiaModel { Hawkes = new HawkesExcitation(0.1, 4) },
        Isis = new IsisModel(),
        Events =
        [
            new ScenarioEvent
            {
                Name = "spillover", Window = new DateWindow(Start.AddDays(30), Start.AddDays(200)), Probability = 0.7,
                Effects =
                [
                    new EventEffect { Target = EffectTarget.IsisRecruitment, Multiply = 1.5, DurationDays = 120 },
                    new EventEffect { Target = EffectTarget.IsisInflow, Add = 2, DurationDays = 60 },
                    new EventEffect { Target = EffectTarget.IsisFighters, Add = 300 },
                    new EventEffect { Target = EffectTarget.MilitiaBaseRate, Multiply = 2, DurationDays = 30, Region = "baghdad" },
                    new EventEffect { Target = EffectTarget.Escalation, SetState = "conflict" },
                ],
            },
        ],
        Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 20, PauseDays = 60 } },
        Report = new ReportSettings { Thresholds = [new MetricThreshold("militia_fatalities_total", 1), new MetricThreshold("days_to_resurgence", 100)] },
    };

    /// <summary>
    /// <see cref="Mixed"/> with thirteen uncertain parameters on many paths, two of them correlated
    /// through the copula, and derived quantities (ln(1 − p_fatal), decay factor, cumulative next
    /// weights, the ISF capacity path, attack rates).
    /// </summary>
    public static Scenario MixedUncertain(int days = 400) => Mixed(days) with
    {
        Uncertainties =
        [
            new UncertainParameter("regions[0].militia.base_rate", Distribution.Triangular(0.2, 0.3, 0.5)),
            new UncertainParameter("militia.casualties.p_fatal", Distribution.Beta(2, 300)),
            new UncertainParameter("forces[0].schedule[0].troops", Distribution.Uniform(600, 1400)),
            new UncertainParameter("events[0].probability", Distribution.Uniform(0.3, 0.9)),
            new UncertainParameter("events[0].effects[0].multiply", Distribution.LogNormal(0.4, 0.2)),
            new UncertainParameter("events[0].effects[1].duration_days", Distribution.Uniform(30, 90)),
            new UncertainParameter("escalation.states[1].next[0].weight", Distribution.Uniform(0.3, 0.9)),
            new UncertainParameter("escalation.states[2].mean_duration_days", Distribution.Triangular(40, 60, 90)),
            new UncertainParameter("militia.hawkes.decay_days", Distribution.Uniform(3, 5)),
            new UncertainParameter("isis.isf_capacity.growth_per_year", Distribution.Uniform(0.05, 0.3)),
            new UncertainParameter("isis.attacks_per_1000_fighters_per_day", Distribution.Uniform(0.5, 2)),
            new UncertainParameter("isis.initial_fighters", Distribution.Uniform(2000, 4000)),
            new UncertainParameter("policies.pause_drawdown.pause_days", Distribution.Uniform(30, 90)),
        ],
        Correlations = [new ParameterCorrelation("regions[0].militia.base_rate", "militia.casualties.p_fatal", 0.5)],
    };
}
