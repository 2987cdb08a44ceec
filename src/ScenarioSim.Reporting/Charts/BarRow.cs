namespace ScenarioSim.Reporting.Charts;

/// <summary>What a <see cref="ParameterBarChart{TRow}"/> draws for one parameter.</summary>
/// <param name="Parameter">The row's label, also its <c>data-parameter</c>.</param>
/// <param name="Tooltip">The row's <c>title</c>, read by screen readers and shown on hover.</param>
/// <param name="Bars">The row's bars, top to bottom.</param>
/// <param name="Values">Lines of text in the values column, top to bottom, one beside each bar.</param>
internal sealed record BarRow(string Parameter, string Tooltip, IReadOnlyList<BarValue> Bars, IReadOnlyList<string> Values);
