namespace ScenarioSim.Reporting.Charts;

/// <summary>One parameter of a tornado chart: its first-order and total Sobol indices with 95% intervals.</summary>
/// <param name="Parameter">The parameter's path, e.g. <c>isis.recruitment_rate</c>.</param>
/// <param name="S1">The first-order index.</param>
/// <param name="S1Low">Lower end of the first-order index's interval.</param>
/// <param name="S1High">Upper end of the first-order index's interval.</param>
/// <param name="ST">The total index.</param>
/// <param name="STLow">Lower end of the total index's interval.</param>
/// <param name="STHigh">Upper end of the total index's interval.</param>
internal sealed record TornadoRow(string Parameter, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh);
