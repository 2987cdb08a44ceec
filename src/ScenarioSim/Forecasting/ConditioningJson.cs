using System.Globalization;
using ScenarioSim.IO;

namespace ScenarioSim.Forecasting;

/// <summary>
/// Writes <c>conditioning.json</c>: <c>origin</c> (ISO date), <c>state_probabilities</c> (state name →
/// probability after the origin's observations), <c>excitation</c> (region id → H at the start of the
/// first forecast day), <c>log_likelihood</c> and <c>rows</c>, with ScenarioSim's deterministic JSON
/// conventions (equal inputs, equal bytes).
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
        DeterministicJson.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteString("origin", conditioning.Origin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartObject("state_probabilities");
            foreach (var (state, p) in conditioning.StateProbabilities)
            {
                DeterministicJson.Number(json, state, p);
            }

            json.WriteEndObject();
            json.WriteStartObject("excitation");
            foreach (var (region, h) in conditioning.Excitation)
            {
                DeterministicJson.Number(json, region, h);
            }

            json.WriteEndObject();
            DeterministicJson.Number(json, "log_likelihood", conditioning.LogLikelihood);
            json.WriteNumber("rows", conditioning.Rows);
            json.WriteEndObject();
        });
    }
}
