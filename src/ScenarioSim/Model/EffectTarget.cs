namespace ScenarioSim.Model;

/// <summary>What an <see cref="EventEffect"/> acts on.</summary>
public enum EffectTarget
{
    /// <summary><c>isis.recruitment</c>: multiplies the recruitment rate (use <see cref="EventEffect.Multiply"/>).</summary>
    IsisRecruitment,

    /// <summary><c>isis.inflow</c>: adds fighters per day arriving from outside (use <see cref="EventEffect.Add"/>).</summary>
    IsisInflow,

    /// <summary><c>isis.fighters</c>: adds fighters once, on the event's day (use <see cref="EventEffect.Add"/>).</summary>
    IsisFighters,

    /// <summary><c>militia.base_rate</c>: multiplies militia base rates, in one region or all (use <see cref="EventEffect.Multiply"/>).</summary>
    MilitiaBaseRate,

    /// <summary><c>escalation</c>: sets the escalation state on the event's day (use <see cref="EventEffect.SetState"/>).</summary>
    Escalation,
}
