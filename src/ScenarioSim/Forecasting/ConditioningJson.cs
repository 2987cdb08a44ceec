using ScenarioSim.IO;

namespace ScenarioSim.Forecasting;

/// <summary>
/// Writes <c>conditioning.json</c> by its records (<see cref="ConditioningFileJson"/>): <c>origin</c> (ISO date),
/// <c>state_probabilities</c> (state name → probability after the origin's observations), <c>excitation</c>
/// (region id → H at the start of the first forecast day), <c>log_likelihood</c> and <c>rows</c>, with
/// ScenarioSim's deterministic JSON conventions (equal inputs, equal bytes).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ConditioningJson
{
    /// <summary>The file's name.</summary>
    public const string FileName = "conditioning.json";

    /// <summary>Writes the document to <paramref name="stream"/>, which stays open.</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="conditioning">The conditioning to write.</param>
    public static void Write(Stream stream, Conditioning conditioning)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(conditioning);
        var file = new ConditioningFileJson(
            conditioning.Origin,
            new OrderedDictionary<string, double>(conditioning.StateProbabilities, StringComparer.Ordinal),
            new OrderedDictionary<string, double>(conditioning.Excitation, StringComparer.Ordinal),
            conditioning.LogLikelihood,
            conditioning.Rows);
        DeterministicJson.Serialize(stream, file, ConditioningJsonContext.Default.ConditioningFileJson);
    }
}
