namespace ScenarioSim.Reporting;

/// <summary>What the report uses of a sensitivity.json: the metric and each parameter's Sobol indices.</summary>
/// <param name="Metric">The metric the indices apportion.</param>
/// <param name="Indices">One entry per parameter, in file order.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record SensitivityDocument(string Metric, IReadOnlyList<SensitivityIndex> Indices)
{
    /// <summary>The scenario's name, when the file gives it.</summary>
    public string? Scenario { get; init; }
}
