namespace ScenarioSim.Model;

/// <summary>A weighted move to another escalation state.</summary>
/// <param name="To">Name of the state moved to.</param>
/// <param name="Weight">Relative weight, ≥ 0; weights are normalised over the state's <c>next</c> list.</param>
public sealed record EscalationTransition(string To, double Weight);
