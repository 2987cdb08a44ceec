namespace ScenarioSim.Reporting.Charts;

/// <summary>One entry of a chart legend.</summary>
/// <param name="Symbol">The sample mark.</param>
/// <param name="Colour">The mark's colour.</param>
/// <param name="Label">What the mark stands for.</param>
/// <param name="Opacity">The fill opacity of swatches.</param>
internal sealed record LegendEntry(LegendSymbol Symbol, string Colour, string Label, double Opacity = 1);
