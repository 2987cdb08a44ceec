namespace ScenarioSim.Reporting.Charts;

/// <summary>A named sequence of monthly quantiles drawn as one fan.</summary>
/// <param name="Label">The legend label, e.g. a scenario or region name.</param>
/// <param name="Points">The months, in any order; they are drawn in month order.</param>
internal sealed record FanSeries(string Label, IReadOnlyList<FanPoint> Points);
