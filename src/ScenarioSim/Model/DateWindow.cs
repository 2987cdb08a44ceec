namespace ScenarioSim.Model;

/// <summary>An inclusive range of dates.</summary>
/// <param name="From">First date.</param>
/// <param name="To">Last date, not before <paramref name="From"/>.</param>
public sealed record DateWindow(DateOnly From, DateOnly To);
