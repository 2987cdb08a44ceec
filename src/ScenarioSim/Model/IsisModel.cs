namespace ScenarioSim.Model;

/// <summary>
/// The ISIS fighter pool for the theatre: logistic recruitment, attrition that rises with
/// counter-terrorism capacity, and attacks spread over regions. Defaults are the SPEC's illustrative
/// values (see docs/model.md).
/// </summary>
public sealed record IsisModel
{
    /// <summary>Fighters on day 0, F(0). Must be ≥ 0.</summary>
    /// <value>The default value is 3000.</value>
    public int InitialFighters { get; init; } = ModelDefaults.IsisInitialFighters;

    /// <summary>Carrying capacity K in fighters, &gt; 0.</summary>
    /// <value>The default value is 15000.</value>
    public double CarryingCapacity { get; init; } = ModelDefaults.IsisCarryingCapacity;

    /// <summary>Recruitment per fighter per day at low density (rho), ≥ 0.</summary>
    /// <value>The default value is 0.001.</value>
    public double RecruitmentRate { get; init; } = ModelDefaults.IsisRecruitmentRate;

    /// <summary>Attrition per fighter per day without counter-terrorism (delta0), in [0, 1].</summary>
    /// <value>The default value is 0.0002.</value>
    public double AttritionBase { get; init; } = ModelDefaults.IsisAttritionBase;

    /// <summary>Extra attrition per fighter per day at counter-terrorism capacity 1 (delta_ct), ≥ 0.</summary>
    /// <value>The default value is 0.0006.</value>
    public double AttritionCt { get; init; } = ModelDefaults.IsisAttritionCt;

    /// <summary>Iraqi Security Forces' counter-terrorism capacity and its growth.</summary>
    public IsfCapacity IsfCapacity { get; init; } = new();

    /// <summary>How much coalition troops add to counter-terrorism capacity.</summary>
    public CoalitionEnabler CoalitionEnabler { get; init; } = new();

    /// <summary>Pool size (fighters) at or above which a replication counts as a resurgence.</summary>
    /// <value>The default value is 5000.</value>
    public int ResurgenceThreshold { get; init; } = ModelDefaults.IsisResurgenceThreshold;

    /// <summary>ISIS attacks per 1,000 fighters per day, before regional shares, ≥ 0.</summary>
    /// <value>The default value is 0.25.</value>
    public double AttacksPer1000FightersPerDay { get; init; } = ModelDefaults.IsisAttacksPer1000FightersPerDay;
}
