using System.Text.Json.Serialization;
using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// The source-generated (reflection-free) metadata of a scenario's canonical JSON form
/// (<see cref="ScenarioFingerprint.CanonicalOptions"/>): the same bytes the reflection-based resolver
/// gives, without building that resolver's metadata and accessors at the end of every run (the first
/// fingerprint took 100–125 ms that way, about 60 ms this way). Writing only: see
/// <see cref="ScenarioFingerprint.ReadOptions"/>.
/// </summary>
[JsonSourceGenerationOptions(
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(Scenario))]
internal sealed partial class ScenarioJsonContext : JsonSerializerContext;
