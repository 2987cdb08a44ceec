using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// Writes <c>metrics.csv</c>: one row per scalar metric with its summary statistics, the count of
/// replications without a value, and for 0/1 metrics the probability with its 95% Wilson interval;
/// then the same per group and per region, each row's <c>metric</c> cell its summary.json path
/// (<c>by_group.&lt;group&gt;.&lt;metric&gt;</c>, <c>by_region.&lt;region&gt;.&lt;metric&gt;</c>).
/// The output is deterministic to the byte: invariant culture, shortest round-trip numbers, empty
/// cells for NaN and for fields that do not apply, <c>\n</c> line endings.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class MetricsCsv
{
    /// <summary>The header row's columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "metric", "n", "n_missing", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max",
        "probability", "ci95_low", "ci95_high",
    ];

    /// <summary>Writes the metrics of <paramref name="result"/> as CSV.</summary>
    /// <param name="writer">Receives the text; it is not closed.</param>
    /// <param name="result">The run's result.</param>
    public static void Write(TextWriter writer, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);

        CsvCell.WriteRow(writer, [.. Columns]);
        foreach (var metric in result.Metrics)
        {
            CsvCell.WriteRow(writer, [CsvCell.Text(metric.Name), .. SummaryCells.Metric(metric)]);
        }

        WriteBreakdowns(writer, "by_group", result.ByGroup);
        WriteBreakdowns(writer, "by_region", result.ByRegion);
    }

    /// <summary>Rows named by their summary.json path, e.g. <c>by_group.iraq.militia_attacks_total</c>, after the theatre-wide rows.</summary>
    private static void WriteBreakdowns(TextWriter writer, string scope, IReadOnlyList<MetricBreakdown> breakdowns)
    {
        foreach (var breakdown in breakdowns)
        {
            foreach (var metric in breakdown.Metrics)
            {
                CsvCell.WriteRow(writer, [CsvCell.Text($"{scope}.{breakdown.Name}.{metric.Name}"), .. SummaryCells.Metric(metric)]);
            }
        }
    }

    /// <summary>Writes the metrics of <paramref name="result"/> as UTF-8 CSV without a byte order mark.</summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    /// <param name="result">The run's result.</param>
    public static void Write(Stream stream, SimulationResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = OutputEncoding.CreateWriter(stream);
        Write(writer, result);
    }
}
