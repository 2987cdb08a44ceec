using System.Text.Json.Serialization;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.ScaleOut;

/// <summary>The scenario of a partial file; the canonical form only in a partial-result file (left out when <see langword="null"/>).</summary>
/// <param name="Name">Its name.</param>
/// <param name="Sha256">Its fingerprint (<see cref="ScenarioFingerprint"/>).</param>
/// <param name="Model">Its canonical JSON form, the bytes <paramref name="Sha256"/> is taken of.</param>
internal sealed record PartialScenarioJson(
    string? Name,
    string? Sha256,
    [property: JsonConverter(typeof(EmbeddedScenarioJson)), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Scenario? Model = null);
