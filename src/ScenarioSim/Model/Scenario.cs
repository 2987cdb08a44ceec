namespace ScenarioSim.Model;

/// <summary>
/// A complete what-if scenario: where forces sit and when they leave, how militias and ISIS behave,
/// which shocks may happen, and how the run is reported. Immutable; build it in code or load it from
/// YAML with <c>ScenarioSim.Yaml.ScenarioLoader</c>, then check it with
/// <see cref="ScenarioValidator"/> (the runner does so before it runs).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed record Scenario
{
    /// <summary>Short name used in reports and outputs.</summary>
    public required string Name { get; init; }

    /// <summary>Free text describing the scenario and its assumptions.</summary>
    public string? Description { get; init; }

    /// <summary>First simulated day (day 0).</summary>
    public required DateOnly Start { get; init; }

    /// <summary>Last simulated day, inclusive.</summary>
    public required DateOnly End { get; init; }

    /// <summary>Default replication count and seed, used when the caller gives none.</summary>
    public RunSettings Run { get; init; } = new();

    /// <summary>Places where forces sit and/or ISIS is active. Ids must be unique.</summary>
    public required IReadOnlyList<Region> Regions { get; init; }

    /// <summary>
    /// Named sets of regions whose metrics are also reported per group (<c>by_group</c> in the
    /// outputs); empty when the scenario defines none.
    /// </summary>
    public IReadOnlyList<RegionGroup> Groups { get; init; } = [];

    /// <summary>Contingents with troop schedules in regions.</summary>
    public IReadOnlyList<ForceDeployment> Forces { get; init; } = [];

    /// <summary>The regional tension chain; <see langword="null"/> means one state with multiplier 1.</summary>
    public EscalationChain? Escalation { get; init; }

    /// <summary>Theatre-wide militia settings (casualties, self-excitation).</summary>
    public MilitiaModel Militia { get; init; } = new();

    /// <summary>The ISIS fighter pool; <see langword="null"/> means no ISIS pool.</summary>
    public IsisModel? Isis { get; init; }

    /// <summary>Scheduled or random shocks.</summary>
    public IReadOnlyList<ScenarioEvent> Events { get; init; } = [];

    /// <summary>Policy feedback rules such as pausing the drawdown.</summary>
    public ScenarioPolicies Policies { get; init; } = new();

    /// <summary>Numeric parameters given as distributions, drawn once per replication.</summary>
    public IReadOnlyList<UncertainParameter> Uncertainties { get; init; } = [];

    /// <summary>Rank correlations between uncertain parameters.</summary>
    public IReadOnlyList<ParameterCorrelation> Correlations { get; init; } = [];

    /// <summary>Report settings such as exceedance thresholds.</summary>
    public ReportSettings Report { get; init; } = new();

    /// <summary>Number of simulated days, <c>D = (End - Start) + 1</c>.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}
