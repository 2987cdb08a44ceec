namespace ScenarioSim.Reporting.Charts;

/// <summary>A labelled line at a fixed value across a chart, e.g. the resurgence threshold or zero difference.</summary>
/// <param name="Value">Where the line is, in the axis' units.</param>
/// <param name="Label">What it marks, written beside the line and in the legend.</param>
public sealed record ReferenceLine(double Value, string Label);
