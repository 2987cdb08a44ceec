using System.Text;
using ScenarioSim.Analysis;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads compare.json for the report by the records <c>compare</c> writes it with
/// (<see cref="ComparisonOutput.ReadJson"/>): the reference (the baseline), every scenario's summaries and
/// series, and each later scenario's paired differences. Unknown fields are ignored and <c>null</c> numbers are NaN.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CompareJson
{
    /// <summary>Parses the text of a compare.json.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The differences and summaries.</returns>
    /// <exception cref="FormatException">The text is not JSON, or not in the shape <c>compare</c> writes.</exception>
    public static CompareDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var comparison = ComparisonOutput.ReadJson(stream);
        return new CompareDocument
        {
            Baseline = comparison.Reference.Label,
            Differences = comparison.Differences,
            Scenarios = comparison.Scenarios,
        };
    }

    /// <summary>Reads a compare.json file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The differences and summaries.</returns>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    public static CompareDocument ReadFile(string path) => Parse(File.ReadAllText(path));
}
