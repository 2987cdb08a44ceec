using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>A content hash of a scenario's effective model, independent of file layout, comments and key order.</summary>
public static class ScenarioFingerprint
{
    /// <summary>The lowercase hex SHA-256 of the scenario's canonical form.</summary>
    public static string Sha256(Scenario scenario) => throw new NotImplementedException();
}
