namespace ScenarioSim.Model;

/// <summary>One state of the <see cref="EscalationChain"/>, e.g. <c>calm</c>, <c>tension</c> or <c>conflict</c>.</summary>
public sealed record EscalationState
{
    /// <summary>The state's name, used in <c>next</c> weights, events and the <c>escalation_&lt;state&gt;</c> series.</summary>
    public required string Name { get; init; }

    /// <summary>Mean days spent in the state per visit (≥ 1); <see langword="null"/> means it is never left.</summary>
    public double? MeanDurationDays { get; init; }

    /// <summary>Relative weights of the states the chain moves to on leaving; normalised, no self-transition.</summary>
    public IReadOnlyList<EscalationTransition> Next { get; init; } = [];

    /// <summary>Factor on every region's militia base rate while in this state (M(t)). Must be ≥ 0.</summary>
    /// <value>The default value is 1.</value>
    public double MilitiaMultiplier { get; init; } = 1.0;
}
