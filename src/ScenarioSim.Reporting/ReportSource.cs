namespace ScenarioSim.Reporting;

/// <summary>A file the report is made from.</summary>
/// <param name="Kind">What the file holds.</param>
/// <param name="Path">Where it is.</param>
public sealed record ReportSource(ReportSourceKind Kind, string Path)
{
    /// <summary>
    /// For a run's <c>summary.json</c>, the <c>uncertainty.csv</c> beside it, whose attribution the
    /// run report shows; <see langword="null"/> when there is none.
    /// </summary>
    public string? UncertaintyPath { get; init; }
}
