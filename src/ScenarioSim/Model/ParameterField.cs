namespace ScenarioSim.Model;

/// <summary>
/// The engine's tag for each numeric parameter of the <see cref="ParameterTable"/> (one member per path
/// pattern, apart from its list indices): the engine maps an uncertain parameter's field onto the per-lane
/// value it sets (docs/model.md, section 10, "Uncertain parameters").
/// </summary>
internal enum ParameterField
{
    /// <summary><c>regions[i].militia.base_rate</c>.</summary>
    RegionBaseRate,

    /// <summary><c>regions[i].militia.exposure_ref</c>.</summary>
    RegionExposureRef,

    /// <summary><c>regions[i].militia.exposure_elasticity</c>.</summary>
    RegionExposureElasticity,

    /// <summary><c>regions[i].isis.activity_share</c>.</summary>
    RegionActivityShare,

    /// <summary><c>regions[i].isis.governance_gap</c>.</summary>
    RegionGovernanceGap,

    /// <summary><c>forces[i].schedule[j].troops</c>.</summary>
    ScheduleTroops,

    /// <summary><c>escalation.states[i].mean_duration_days</c>.</summary>
    StateMeanDuration,

    /// <summary><c>escalation.states[i].militia_multiplier</c>.</summary>
    StateMilitiaMultiplier,

    /// <summary><c>escalation.states[i].next[j].weight</c>.</summary>
    NextWeight,

    /// <summary><c>militia.casualties.p_fatal</c>.</summary>
    PFatal,

    /// <summary><c>militia.casualties.extra_deaths_mean</c>.</summary>
    ExtraDeathsMean,

    /// <summary><c>militia.hawkes.alpha</c>.</summary>
    HawkesAlpha,

    /// <summary><c>militia.hawkes.decay_days</c>.</summary>
    HawkesDecayDays,

    /// <summary><c>isis.initial_fighters</c> (whole).</summary>
    InitialFighters,

    /// <summary><c>isis.carrying_capacity</c>.</summary>
    CarryingCapacity,

    /// <summary><c>isis.recruitment_rate</c>.</summary>
    RecruitmentRate,

    /// <summary><c>isis.attrition_base</c>.</summary>
    AttritionBase,

    /// <summary><c>isis.attrition_ct</c>.</summary>
    AttritionCt,

    /// <summary><c>isis.isf_capacity.start</c>.</summary>
    IsfStart,

    /// <summary><c>isis.isf_capacity.max</c>.</summary>
    IsfMax,

    /// <summary><c>isis.isf_capacity.growth_per_year</c>.</summary>
    IsfGrowthPerYear,

    /// <summary><c>isis.coalition_enabler.weight</c>.</summary>
    EnablerWeight,

    /// <summary><c>isis.coalition_enabler.troops_ref</c>.</summary>
    EnablerTroopsRef,

    /// <summary><c>isis.resurgence_threshold</c> (whole).</summary>
    ResurgenceThreshold,

    /// <summary><c>isis.attacks_per_1000_fighters_per_day</c>.</summary>
    AttacksPer1000,

    /// <summary><c>events[i].probability</c>.</summary>
    EventProbability,

    /// <summary><c>events[i].effects[j].multiply</c>.</summary>
    EffectMultiply,

    /// <summary><c>events[i].effects[j].add</c>.</summary>
    EffectAdd,

    /// <summary><c>events[i].effects[j].duration_days</c> (whole).</summary>
    EffectDuration,

    /// <summary><c>policies.pause_drawdown.when_militia_attacks_30d_above</c>.</summary>
    PauseThreshold,

    /// <summary><c>policies.pause_drawdown.pause_days</c> (whole).</summary>
    PauseDays,
}
