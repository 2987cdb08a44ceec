using ScenarioSim.Analysis;
using ScenarioSim.Engine;

namespace ScenarioSim.Cli;

/// <summary>
/// <c>sweep --shard</c> and <c>sensitivity --shard</c>: runs one shard of the analysis's design, writes its
/// partial to <c>DIR</c> and prints one line (<see cref="ShardNotice"/>); no tables, which would be
/// mistaken for the analysis's result.
/// </summary>
internal static class AnalysisShardRun
{
    /// <summary>Runs <paramref name="run"/> with a progress bar, writes the partial as <paramref name="fileNameOf"/> names it and reports it.</summary>
    /// <param name="environment">The console.</param>
    /// <param name="run">Runs the shard, reporting to the progress it is given.</param>
    /// <param name="shard">The shard.</param>
    /// <param name="directory">The <c>--out</c> directory.</param>
    /// <param name="fileNameOf">The partial's file name, e.g. <see cref="SweepPartial.FileNameOf"/>.</param>
    /// <param name="work">Names the analysis in the line, e.g. <c>the sweep of 'baseline'</c>.</param>
    /// <param name="unit">What <paramref name="run"/>'s progress counts (points, runs): the progress bar's label.</param>
    /// <param name="cancellationToken">Stops the run; nothing is written then.</param>
    public static async Task<int> RunAsync<T>(
        CliEnvironment environment,
        Func<IProgress<RunProgress>?, T> run,
        ShardSpec shard,
        string directory,
        Func<ShardSpec, string> fileNameOf,
        Func<T, string> work,
        string unit,
        CancellationToken cancellationToken)
        where T : AnalysisPartial
    {
        var partial = await RunProgressBar.RunAsync(environment, run, cancellationToken, unit).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        string path = Path.Combine(directory, fileNameOf(shard));
        partial.WriteTo(path);
        ShardNotice.Write(
            environment, shard, work(partial), "points",
            partial.PointCount == 0 ? [] : [(partial.FirstPoint, partial.PointCount)], partial.TotalPoints, partial.Seed, path);
        return ExitCodes.Ok;
    }
}
