using System.Text;
using ScenarioSim.Analysis;
using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Reporting;

/// <summary>
/// Reads a sweep's sweep.json for the report by the records <c>sweep</c> writes it with
/// (<see cref="SweepOutput.ReadJson"/>): the design and each metric's metamodel (metrics with a note, no fit, are skipped).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SweepSummaryJson
{
    /// <summary>Parses the text of a sweep.json.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The design and metamodels.</returns>
    /// <exception cref="FormatException">The text is not JSON, or not in the shape <c>sweep</c> writes.</exception>
    public static SweepDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        var sweep = SweepOutput.ReadJson(stream);
        var models = sweep.Metamodels
            .Where(m => m.Note is null)
            .Select(m => (
                m.Metric,
                m.RSquared,
                (IReadOnlyList<IntervalRow>)[.. m.Ranked.Select(t => new IntervalRow(t.Factor, t.Estimate, t.Ci95Low, t.Ci95High))]))
            .ToList();
        return new SweepDocument(sweep.Design, sweep.Points, sweep.MaxAbsCorrelation, models);
    }

    /// <summary>Reads a sweep.json file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The design and metamodels.</returns>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    public static SweepDocument ReadFile(string path) => Parse(File.ReadAllText(path));
}
