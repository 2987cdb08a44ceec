namespace ScenarioSim.Reporting.Charts;

/// <summary>A tick on a date axis: its date and a label of one or two lines.</summary>
/// <param name="Date">The tick's date (the first day of a month).</param>
/// <param name="Label">The first line, e.g. <c>Jan</c> or <c>2026</c>.</param>
/// <param name="SecondLine">An optional second line, e.g. the year under the first month shown and under each January.</param>
internal sealed record DateTick(DateOnly Date, string Label, string? SecondLine);
