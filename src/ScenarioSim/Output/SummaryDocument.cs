using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>The content of a <c>summary.json</c> file: a run's result and the fingerprint of the scenario it ran.</summary>
/// <param name="ScenarioSha256">The lowercase hex SHA-256 of the scenario (see <c>ScenarioFingerprint</c>).</param>
/// <param name="Result">The run's result as the file records it.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record SummaryDocument(string ScenarioSha256, SimulationResult Result)
{
    /// <summary>
    /// Dates the report marks on its time charts (<c>key_dates</c>, optional in the file): schedule
    /// breakpoints and event dates from the scenario, in date order. Empty when the file has none.
    /// </summary>
    public IReadOnlyList<KeyDate> KeyDates { get; init; } = [];

    /// <summary>
    /// The summary of a run of <paramref name="scenario"/>, exactly as <c>scenariosim run</c> writes it:
    /// the scenario's fingerprint and its key dates.
    /// </summary>
    /// <param name="scenario">The scenario that was run (after <c>extends</c> and overrides).</param>
    /// <param name="result">The run's result.</param>
    public static SummaryDocument For(Scenario scenario, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new SummaryDocument(ScenarioFingerprint.Sha256(scenario), result) { KeyDates = KeyDate.FromScenario(scenario) };
    }
}
