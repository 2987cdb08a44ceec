using System.Runtime.ExceptionServices;
using ScenarioSim.Engine;

namespace ScenarioSim.Analysis;

/// <summary>
/// Evaluates the points of a design on up to <c>threads</c> workers. Each point is a whole Monte Carlo
/// run; with many points it is cheaper to run points side by side, each on few threads, than one after
/// another on every thread. Results are stored by point index, and every run is bit-identical whatever
/// its thread count, so the outcome never depends on scheduling.
/// </summary>
internal static class PointEvaluator
{
    /// <summary>Runs <paramref name="evaluate"/>(point, threads for that point) for every point.</summary>
    public static T[] Run<T>(
        int count, int threads, Func<int, int, T> evaluate, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new T[count];
        if (count == 0)
        {
            return results;
        }

        int workers = Math.Max(1, Math.Min(threads, count));
        int perPoint = Math.Max(1, threads / workers);
        int done = 0;
        ProgressRelay.Completed(progress, 0, count);
        try
        {
            Parallel.For(
                0,
                count,
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                i =>
                {
                    results[i] = evaluate(i, perPoint);
                    ProgressRelay.Completed(progress, Interlocked.Increment(ref done), count);
                });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Report a failing point as the exception it threw (an invalid scenario stays an invalid scenario).
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        return results;
    }

    /// <summary>The thread count <paramref name="options"/> asks for, or every core.</summary>
    public static int Threads(RunOptions? options) => options?.MaxDegreeOfParallelism ?? Environment.ProcessorCount;
}
