using ScenarioSim.Engine;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>
/// Runs a simulation off the calling thread and, when standard error is a terminal, shows its progress
/// there as a bar; otherwise shows nothing, so redirected logs stay clean.
/// </summary>
internal static class RunProgressBar
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs <paramref name="work"/>, which reports to the progress it is given, on the thread pool.</summary>
    /// <param name="environment">The console.</param>
    /// <param name="work">The run; its progress counts <paramref name="unit"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="unit">What the progress counts, the bar's label: replications, points, runs.</param>
    public static async Task<T> RunAsync<T>(
        CliEnvironment environment, Func<IProgress<RunProgress>?, T> work, CancellationToken cancellationToken, string unit = "replications")
    {
        if (!environment.ErrorIsTerminal)
        {
            return await Task.Run(() => work(null), cancellationToken).ConfigureAwait(false);
        }

        var latest = new LatestProgress();
        var console = TerminalConsole.Create(environment.Error, isTerminal: true);
        return await console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new RemainingTimeColumn(),
                new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(unit, autoStart: true, maxValue: 1);
                var run = Task.Run(() => work(latest), cancellationToken);
                while (!run.IsCompleted)
                {
                    latest.CopyTo(bar);
                    await Task.WhenAny(run, Task.Delay(RefreshInterval, CancellationToken.None)).ConfigureAwait(false);
                }

                latest.CopyTo(bar);
                return await run.ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>
    /// Keeps the furthest progress reported. Workers report from many threads and possibly out of order,
    /// so the count only moves forward.
    /// </summary>
    private sealed class LatestProgress : IProgress<RunProgress>
    {
        private long _completed;
        private long _total;

        public void Report(RunProgress value)
        {
            Interlocked.Exchange(ref _total, value.TotalReplications);
            long seen = Interlocked.Read(ref _completed);
            while (value.CompletedReplications > seen)
            {
                long previous = Interlocked.CompareExchange(ref _completed, value.CompletedReplications, seen);
                if (previous == seen)
                {
                    break;
                }

                seen = previous;
            }
        }

        public void CopyTo(ProgressTask bar)
        {
            long total = Interlocked.Read(ref _total);
            if (total > 0)
            {
                bar.MaxValue = total;
                bar.Value = Interlocked.Read(ref _completed);
            }
        }
    }
}
