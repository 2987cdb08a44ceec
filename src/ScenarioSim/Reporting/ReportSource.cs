namespace ScenarioSim.Reporting;

/// <summary>A file the report is made from.</summary>
/// <param name="Kind">What the file holds.</param>
/// <param name="Path">Where it is.</param>
public sealed record ReportSource(ReportSourceKind Kind, string Path);
