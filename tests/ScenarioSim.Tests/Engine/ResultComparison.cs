using System.Text.Json;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

/// <summary>Compares whole results by their full serialised content (every metric, exceedance and series cell).</summary>
internal static class ResultComparison
{
    private static readonly JsonSerializerOptions Options = new() { NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static string Canonical(SimulationResult result) => JsonSerializer.Serialize(result, Options);
}
