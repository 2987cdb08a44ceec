namespace ScenarioSim.Reporting.Charts;

/// <summary>A date marked on a time chart by a vertical rule with a short tag, e.g. a schedule breakpoint.</summary>
/// <param name="Date">The date.</param>
/// <param name="Tag">A short tag drawn at the rule's top, e.g. <c>3</c>.</param>
/// <param name="Label">The full description, shown as the rule's tooltip.</param>
internal sealed record DateMarker(DateOnly Date, string Tag, string Label);
