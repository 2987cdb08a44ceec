using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// A content hash of a scenario's effective model (after <c>extends</c> and overrides), independent of
/// file layout, comments and whether it was built in code or loaded from YAML.
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal static class ScenarioFingerprint
{
    /// <summary>
    /// The options that write the canonical form. Its metadata is source-generated
    /// (<see cref="ScenarioJsonContext"/>) and gives the bytes the reflection-based resolver gave before,
    /// so recorded fingerprints still match.
    /// </summary>
    internal static readonly JsonSerializerOptions CanonicalOptions = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = ScenarioJsonContext.Default.WithAddedModifier(OmitAbsentAdditions),
    };

    /// <summary>
    /// The options that read the canonical form back (partial-result files embed it; <c>report</c> reads
    /// scenario.json). Reflection-based: source-generated metadata would set an init-only property the
    /// JSON leaves out (<see cref="Scenario.Groups"/>, omitted when empty) to null instead of its default.
    /// </summary>
    internal static readonly JsonSerializerOptions ReadOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>The lowercase hex SHA-256 of the scenario's canonical JSON form.</summary>
    public static string Sha256(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Sha256(CanonicalJson(scenario));
    }

    /// <summary>The scenario's canonical JSON form, the bytes <see cref="Sha256(Scenario)"/> hashes.</summary>
    internal static byte[] CanonicalJson(Scenario scenario) => JsonSerializer.SerializeToUtf8Bytes(scenario, CanonicalOptions);

    /// <summary>
    /// Settings added after the canonical form was first fixed (groups, a policy's group) are left out
    /// when absent, so a scenario that does not use them keeps its fingerprint.
    /// </summary>
    internal static void OmitAbsentAdditions(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (type.Type == typeof(Scenario) && property.Name == nameof(Scenario.Groups))
            {
                property.ShouldSerialize = static (_, value) => value is IReadOnlyList<RegionGroup> { Count: > 0 };
            }
            else if (type.Type == typeof(PauseDrawdownPolicy) && property.Name == nameof(PauseDrawdownPolicy.Group))
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }

    /// <summary>The lowercase hex SHA-256 of a canonical form.</summary>
    internal static string Sha256(ReadOnlySpan<byte> canonicalJson) => Convert.ToHexStringLower(SHA256.HashData(canonicalJson));
}
