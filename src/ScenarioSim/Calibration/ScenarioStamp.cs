using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// The scenario a calibration's or back-test's file was made from, as the file's <c>scenario</c> object holds it:
/// its name and the SHA-256 of its canonical form, which changes with any value the engine reads.
/// </summary>
/// <param name="Name">The scenario's name.</param>
/// <param name="Sha256">The scenario's fingerprint, lowercase hexadecimal.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ScenarioStamp(string Name, string Sha256)
{
    /// <summary>The stamp of <paramref name="scenario"/>.</summary>
    internal static ScenarioStamp Of(Scenario scenario) => new(scenario.Name, ScenarioFingerprint.Sha256(scenario));
}
