using System.Text.Json.Serialization;
using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// The source-generated (reflection-free) metadata of a scenario's canonical JSON form
/// (<see cref="ScenarioFingerprint.CanonicalOptions"/>): the same bytes the reflection-based resolver
/// gives, without building that resolver's metadata and accessors at the end of every run (about a
/// tenth of a second of the runner's time).
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
