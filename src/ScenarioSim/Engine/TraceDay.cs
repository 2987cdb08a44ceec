namespace ScenarioSim.Engine;

/// <summary>One simulated day of a <see cref="ReplicationTrace"/>. Per-region arrays follow <see cref="ReplicationTrace.Regions"/>.</summary>
internal sealed record TraceDay
{
    /// <summary>The calendar date.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Troops by region, T_r(t).</summary>
    public required IReadOnlyList<double> Troops { get; init; }

    /// <summary>The escalation state's name; empty when the scenario has no escalation chain.</summary>
    public required string EscalationState { get; init; }

    /// <summary>Militia attacks by region, N_r(t).</summary>
    public required IReadOnlyList<int> MilitiaAttacks { get; init; }

    /// <summary>Militia attacks that killed at least one soldier, by region.</summary>
    public required IReadOnlyList<int> MilitiaFatalAttacks { get; init; }

    /// <summary>Deaths from militia attacks by region.</summary>
    public required IReadOnlyList<int> MilitiaFatalities { get; init; }

    /// <summary>ISIS attacks by region.</summary>
    public required IReadOnlyList<int> IsisAttacks { get; init; }

    /// <summary>The ISIS pool during the day, F(t) (after any one-off event addition).</summary>
    public required long IsisFighters { get; init; }

    /// <summary>True while the drawdown is paused by policy.</summary>
    public required bool DrawdownPaused { get; init; }

    /// <summary>Names of events whose effects act on this day.</summary>
    public required IReadOnlyList<string> ActiveEvents { get; init; }
}
