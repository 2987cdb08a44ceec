using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// The files a run writes to its output directory: <c>summary.json</c>, <c>metrics.csv</c> and
/// <c>series.csv</c> (SPEC section 9). Each is written to a temporary file beside its target and moved
/// into place only when all three are complete, so a failed or interrupted write leaves no partial file.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class RunOutput
{
    /// <summary>The summary's file name.</summary>
    public const string SummaryFileName = "summary.json";

    /// <summary>The metrics table's file name.</summary>
    public const string MetricsFileName = "metrics.csv";

    /// <summary>The monthly series table's file name.</summary>
    public const string SeriesFileName = "series.csv";

    /// <summary>Writes the three output files of a run into <paramref name="directory"/>, creating it if missing.</summary>
    /// <param name="directory">The output directory.</param>
    /// <param name="result">The run's result.</param>
    /// <param name="scenarioSha256">The scenario's fingerprint, recorded in <c>summary.json</c>.</param>
    internal static void Write(string directory, SimulationResult result, string scenarioSha256)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(scenarioSha256);

        Write(directory, new SummaryDocument(scenarioSha256, result));
    }

    /// <summary>
    /// Writes the three output files of a run (<c>summary.json</c> with the summary's key dates,
    /// <c>metrics.csv</c>, <c>series.csv</c>) and any <paramref name="extraFiles"/> into
    /// <paramref name="directory"/> as one atomic set: a failure leaves none of them behind.
    /// </summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="summary">The run's result, the scenario's fingerprint and its key dates.</param>
    /// <param name="extraFiles">More files to write with them (a file name in the directory and what writes it); <see langword="null"/> for none.</param>
    public static void Write(string directory, SummaryDocument summary, IReadOnlyList<(string FileName, Action<Stream> Write)>? extraFiles = null)
    {
        extraFiles ??= [];
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(summary);

        var result = summary.Result;
        AtomicFile.WriteSet(
            directory,
            [
                (SummaryFileName, s => SummaryJson.Write(s, summary)),
                (MetricsFileName, s => MetricsCsv.Write(s, result)),
                (SeriesFileName, s => SeriesCsv.Write(s, result)),
                .. extraFiles,
            ]);
    }
}
