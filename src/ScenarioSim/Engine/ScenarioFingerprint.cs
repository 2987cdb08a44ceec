using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// A content hash of a scenario's effective model (after <c>extends</c> and overrides), independent of
/// file layout, comments and whether it was built in code or loaded from YAML.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ScenarioFingerprint
{
    private static readonly JsonSerializerOptions CanonicalOptions = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The lowercase hex SHA-256 of the scenario's canonical JSON form.</summary>
    public static string Sha256(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        byte[] canonical = JsonSerializer.SerializeToUtf8Bytes(scenario, CanonicalOptions);
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
