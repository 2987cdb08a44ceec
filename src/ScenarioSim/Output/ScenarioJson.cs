using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Output;

/// <summary>
/// <c>scenario.json</c>, which <c>run --out</c> writes beside summary.json: the effective scenario (after
/// <c>extends</c> and overrides) in its canonical JSON form, the very bytes whose SHA-256 is summary.json's
/// <c>scenario.sha256</c>. <c>report RUN_DIR</c> reads it back to describe the scenario's assumptions.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScenarioJson
{
    /// <summary>The file's name.</summary>
    public const string FileName = "scenario.json";

    /// <summary>Writes <paramref name="scenario"/>'s canonical JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="scenario">The scenario that was run.</param>
    public static void Write(Stream stream, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(scenario);
        stream.Write(ScenarioFingerprint.CanonicalJson(scenario));
    }

    /// <summary>
    /// Reads a scenario.json, or <see langword="null"/> when its fingerprint is not <paramref name="expectedSha256"/>
    /// (a scenario.json left from another run does not describe this one).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="expectedSha256">summary.json's <c>scenario.sha256</c>.</param>
    /// <returns>The scenario, or <see langword="null"/> when it belongs to another run.</returns>
    /// <exception cref="FormatException">The file is not a scenario's canonical JSON.</exception>
    public static Scenario? Read(string path, string expectedSha256)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes = File.ReadAllBytes(path);
        if (ScenarioFingerprint.Sha256(bytes) != expectedSha256)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Scenario>(bytes, ScenarioFingerprint.ReadOptions)
                ?? throw new FormatException($"{path} does not hold a scenario.");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException($"{path} does not hold a scenario: {e.Message}", e);
        }
    }
}
