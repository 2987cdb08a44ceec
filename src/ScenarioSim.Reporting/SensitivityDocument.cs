using ScenarioSim.Analysis;

namespace ScenarioSim.Reporting;

/// <summary>
/// What the report uses of a sensitivity.json: the metric and each parameter's Sobol' indices or Morris statistics,
/// in the types <c>sensitivity</c> writes them from (<see cref="SobolIndex"/>, <see cref="MorrisEffect"/>).
/// </summary>
/// <param name="Metric">The metric the indices apportion.</param>
/// <param name="Indices">The Sobol' indices of a <c>sobol</c> analysis, one per parameter in file order; empty for Morris.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record SensitivityDocument(string Metric, IReadOnlyList<SobolIndex> Indices)
{
    /// <summary>The scenario's name, when the file gives it.</summary>
    public string? Scenario { get; init; }

    /// <summary>The method, <c>sobol</c> or <c>morris</c>; <c>sobol</c> when the file does not say.</summary>
    /// <value>The default value is <c>sobol</c>.</value>
    public string Method { get; init; } = "sobol";

    /// <summary>The Morris statistics of a <c>morris</c> analysis, one per parameter in file order; empty for Sobol'.</summary>
    public IReadOnlyList<MorrisEffect> Morris { get; init; } = [];
}
