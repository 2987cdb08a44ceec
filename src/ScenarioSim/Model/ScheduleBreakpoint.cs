namespace ScenarioSim.Model;

/// <summary>A troop level on a date in a force schedule.</summary>
/// <param name="Date">The breakpoint's date.</param>
/// <param name="Troops">Troops on that date; must be ≥ 0.</param>
public sealed record ScheduleBreakpoint(DateOnly Date, double Troops);
