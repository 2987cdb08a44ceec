namespace ScenarioSim.Model;

/// <summary>
/// Regional tension as a discrete-time chain over named states. Day 0 is in <see cref="Initial"/>;
/// on each later day the chain leaves its state with probability <c>1/mean_duration_days</c> and moves
/// to another state drawn by the <c>next</c> weights.
/// </summary>
public sealed record EscalationChain
{
    /// <summary>Name of the state on day 0.</summary>
    public required string Initial { get; init; }

    /// <summary>The states, in the order they were declared; names are unique.</summary>
    public required IReadOnlyList<EscalationState> States { get; init; }
}
