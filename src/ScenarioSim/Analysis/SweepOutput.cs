using ScenarioSim.IO;
using ScenarioSim.Output;

namespace ScenarioSim.Analysis;

/// <summary>
/// Writes a sweep's <c>sweep.csv</c>: tidy, one row per point and metric, with the point's index, the
/// parameters' values (one column per parameter, named by its path), the metric and its summary as in
/// <c>metrics.csv</c>. Filtering on one metric gives one row per point. Beside it <c>sweep.json</c>: the
/// design, its factors' correlation and each metric's first-order metamodel (<see cref="SweepMetamodel"/>).
/// Written atomically together; the bytes depend only on the sweep.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SweepOutput
{
    /// <summary>The CSV file's name.</summary>
    public const string CsvFileName = "sweep.csv";

    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "sweep.json";

    /// <summary>The columns after the point index and the parameter columns, in order.</summary>
    public static IReadOnlyList<string> MetricColumns { get; } =
    [
        "metric", "n", "n_missing", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max",
        "probability", "ci95_low", "ci95_high",
    ];

    /// <summary>Writes <c>sweep.csv</c> and <c>sweep.json</c> into <paramref name="directory"/>, creating it if missing.</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="sweep">The sweep.</param>
    public static void Write(string directory, SweepResult sweep)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(sweep);
        AtomicFile.WriteSet(directory, [(CsvFileName, s => WriteCsv(s, sweep)), (JsonFileName, s => SweepJson.Write(s, sweep))]);
    }

    /// <summary>
    /// Reads a <c>sweep.json</c> back, by the records it was written with: the design, its factors' correlation and
    /// each metric's metamodel. Values written as <c>null</c> come back as NaN; unknown fields are ignored.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <returns>The design and metamodels.</returns>
    /// <exception cref="FormatException">The text is not JSON or lacks a field the writer always writes.</exception>
    public static SweepAnalysis ReadJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return SweepJson.Read(stream);
    }

    /// <summary>Writes the CSV to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 CSV with <c>\n</c> line endings.</param>
    /// <param name="sweep">The sweep.</param>
    public static void WriteCsv(Stream stream, SweepResult sweep)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sweep);
        using var writer = OutputEncoding.CreateWriter(stream);
        CsvCell.WriteRow(writer, ["point", .. sweep.Parameters.Select(p => CsvCell.Text(p.Path)), .. MetricColumns]);
        foreach (var point in sweep.Points)
        {
            foreach (var metric in point.Result.Metrics)
            {
                CsvCell.WriteRow(
                    writer,
                    [
                        CsvCell.Number(point.Index),
                        .. point.Values.Select(CsvCell.Number),
                        CsvCell.Text(metric.Name),
                        .. SummaryCells.Metric(metric),
                    ]);
            }
        }
    }
}
