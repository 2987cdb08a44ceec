using ScenarioSim.IO;
using ScenarioSim.Output;

namespace ScenarioSim.Analysis;

/// <summary>
/// Writes a batched run's files: the run's <c>summary.json</c>, <c>metrics.csv</c> and <c>series.csv</c>
/// (as <see cref="RunOutput"/>) and <c>convergence.csv</c>, the trace (one row per batch: replications so
/// far, the watched metric's mean and standard error, the target). All four are staged and moved into
/// place together.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ConvergenceOutput
{
    /// <summary>The trace's file name.</summary>
    public const string CsvFileName = "convergence.csv";

    /// <summary>The trace's columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } = ["metric", "batch", "replications", "mean", "se", "target_se"];

    /// <summary>Writes the four files into <paramref name="directory"/>, creating it if missing.</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="run">The batched run.</param>
    /// <param name="summary">The run's summary (<see cref="SummaryDocument.For"/>), as <c>run</c> writes it.</param>
    public static void Write(string directory, ConvergenceResult run, SummaryDocument summary)
    {
        ArgumentNullException.ThrowIfNull(run);
        RunOutput.Write(directory, summary, [(CsvFileName, s => WriteCsv(s, run))]);
    }

    /// <summary>Writes <c>convergence.csv</c> to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 CSV with <c>\n</c> line endings.</param>
    /// <param name="run">The batched run.</param>
    public static void WriteCsv(Stream stream, ConvergenceResult run)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(run);
        using var writer = OutputEncoding.CreateWriter(stream);
        CsvCell.WriteRow(writer, [.. CsvColumns]);
        foreach (var step in run.Trace)
        {
            CsvCell.WriteRow(
                writer,
                CsvCell.Text(run.Target.Metric),
                CsvCell.Number(step.Batch),
                CsvCell.Number(step.Replications),
                CsvCell.Number(step.Mean),
                CsvCell.Number(step.Se),
                CsvCell.Number(run.Target.StandardError));
        }
    }
}
