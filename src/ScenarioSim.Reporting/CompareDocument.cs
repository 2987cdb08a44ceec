using ScenarioSim.Analysis;

namespace ScenarioSim.Reporting;

/// <summary>
/// What the report uses of a compare.json: the paired differences and any per-scenario summaries, in the types
/// <c>compare</c> writes them from (<see cref="ScenarioDifferences"/>, <see cref="ComparedScenario"/>).
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record CompareDocument
{
    /// <summary>The baseline's name, when the file gives it.</summary>
    public string? Baseline { get; init; }

    /// <summary>Paired differences from the baseline, one entry per scenario.</summary>
    public required IReadOnlyList<ScenarioDifferences> Differences { get; init; }

    /// <summary>Per-scenario summaries (the baseline's included when the file has it); empty when the file has none.</summary>
    public IReadOnlyList<ComparedScenario> Scenarios { get; init; } = [];
}
