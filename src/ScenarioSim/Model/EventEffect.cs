namespace ScenarioSim.Model;

/// <summary>
/// One effect of a <see cref="ScenarioEvent"/>. Which of <see cref="Multiply"/>, <see cref="Add"/> and
/// <see cref="SetState"/> applies depends on <see cref="Target"/>; see <see cref="EffectTarget"/>.
/// Effects act from the start of the event's day for <see cref="DurationDays"/> days.
/// </summary>
public sealed record EventEffect
{
    /// <summary>What the effect acts on.</summary>
    public required EffectTarget Target { get; init; }

    /// <summary>Factor, ≥ 0, for <see cref="EffectTarget.IsisRecruitment"/> and <see cref="EffectTarget.MilitiaBaseRate"/>.</summary>
    public double? Multiply { get; init; }

    /// <summary>Amount for <see cref="EffectTarget.IsisInflow"/> (fighters per day, ≥ 0) and <see cref="EffectTarget.IsisFighters"/> (fighters, once).</summary>
    public double? Add { get; init; }

    /// <summary>Escalation state name for <see cref="EffectTarget.Escalation"/>.</summary>
    public string? SetState { get; init; }

    /// <summary>Days the effect lasts, the event's day included (≥ 1); <see langword="null"/> means to the end of the run.</summary>
    public int? DurationDays { get; init; }

    /// <summary>Region id for <see cref="EffectTarget.MilitiaBaseRate"/>; <see langword="null"/> means every region.</summary>
    public string? Region { get; init; }
}
