using System.Text;
using ScenarioSim.Analysis;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads sensitivity.json for the report by the records <c>sensitivity</c> writes it with
/// (<see cref="SensitivityOutput.ReadJson"/>): the metric, the scenario, the method and, per parameter, its Sobol'
/// indices or, with <c>"method": "morris"</c>, its μ*, μ and σ. Unknown fields are ignored and <c>null</c> numbers are NaN.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SensitivityJson
{
    /// <summary>Parses the text of a sensitivity.json.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The metric and indices.</returns>
    /// <exception cref="FormatException">The text is not JSON, or not in the shape <c>sensitivity</c> writes.</exception>
    public static SensitivityDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var analysis = SensitivityOutput.ReadJson(stream);
        return new SensitivityDocument(analysis.Response.Metric, analysis.Sobol?.Indices ?? [])
        {
            Scenario = analysis.Response.ScenarioName,
            Method = analysis.Method,
            Morris = analysis.Morris?.Effects ?? [],
        };
    }

    /// <summary>Reads a sensitivity.json file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The metric and indices.</returns>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    public static SensitivityDocument ReadFile(string path) => Parse(File.ReadAllText(path));
}
