namespace ScenarioSim.Reporting.Charts;

/// <summary>One row of a dot-and-interval chart: an estimate and its interval.</summary>
/// <param name="Label">The row's label, e.g. <c>P(militia_fatalities_total ≥ 1)</c>.</param>
/// <param name="Estimate">The point estimate, drawn as a dot.</param>
/// <param name="Low">The interval's lower end.</param>
/// <param name="High">The interval's upper end.</param>
internal sealed record IntervalRow(string Label, double Estimate, double Low, double High);
