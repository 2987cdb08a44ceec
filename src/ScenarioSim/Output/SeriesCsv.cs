using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// Writes <c>series.csv</c>, the monthly series in long (tidy) form: one row per series, region and
/// month with the distribution of that month's value over replications; after them the groups'
/// rows, whose region cell is <c>group:&lt;name&gt;</c>. Deterministic to the byte:
/// invariant culture, shortest round-trip numbers, empty cells for NaN, <c>\n</c> line endings.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SeriesCsv
{
    /// <summary>The header row's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "series", "region", "month", "n", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max",
    ];

    /// <summary>Writes the series of <paramref name="result"/> as CSV, in the result's order.</summary>
    /// <param name="writer">Receives the text; it is not closed.</param>
    /// <param name="result">The run's result.</param>
    public static void Write(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);

        CsvCell.WriteRow(writer, [.. Columns]);
        foreach (var point in result.Series)
        {
            WriteRow(writer, point, point.Region);
        }

        foreach (var point in result.GroupSeries)
        {
            WriteRow(writer, point, SeriesNames.GroupRegion(point.Region));
        }
    }

    private static void WriteRow(TextWriter writer, SeriesPoint point, string region) =>
        CsvCell.WriteRow(
            writer,
            [
                CsvCell.Text(point.Series), CsvCell.Text(region), CsvCell.Text(point.Month),
                CsvCell.Number(point.Statistics.Count), .. SummaryCells.Statistics(point.Statistics),
            ]);

    /// <summary>Writes the series of <paramref name="result"/> as UTF-8 CSV without a byte order mark.</summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    /// <param name="result">The run's result.</param>
    public static void Write(Stream stream, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = OutputEncoding.CreateWriter(stream);
        Write(writer, result);
    }
}
