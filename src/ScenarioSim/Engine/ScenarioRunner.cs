using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// Runs scenarios as Monte Carlo simulations. Replications run in parallel, each drawing only from its
/// own streams keyed by (seed, replication, component), so results are bit-identical for a seed
/// whatever the thread count.
/// </summary>
/// <remarks>Stateless and thread-safe: one instance can serve many concurrent runs.</remarks>
public sealed class ScenarioRunner
{
    /// <summary>Replications a worker takes at a time: large enough to amortise scheduling, small enough to balance load and report progress.</summary>
    private const int ChunkSize = 64;

    /// <summary>
    /// Validates and runs <paramref name="scenario"/>.
    /// </summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">Replications, seed and threads; <see langword="null"/> uses the scenario's and the defaults.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The summaries of metrics, exceedances and monthly series.</returns>
    /// <exception cref="ScenarioValidationException">The scenario or the options are invalid.</exception>
    public SimulationResult Run(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var (compiled, settings) = Prepare(scenario, options);
        var accumulator = RunRange(compiled, settings.Seed, 0, settings.Replications, settings.Threads, progress, cancellationToken);
        return accumulator.ToResult(settings.Seed);
    }

    /// <summary>
    /// Replays replication <paramref name="replication"/> exactly as it runs inside a full run with the
    /// same seed, recording its day-by-day state.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="replication">Zero-based replication index.</param>
    /// <param name="seed">Seed; <see langword="null"/> uses the scenario's, else 1.</param>
    /// <returns>The replication's days.</returns>
    /// <exception cref="ScenarioValidationException">The scenario is invalid or the replication index is negative.</exception>
    public ReplicationTrace Trace(Scenario scenario, int replication, ulong? seed = null)
    {
        var (compiled, settings) = Prepare(scenario, new RunOptions { Seed = seed, Replications = 1 });
        if (replication < 0)
        {
            throw new ScenarioValidationException(
                [new ScenarioDiagnostic("replication", $"replication must be >= 0, but was {replication}")]);
        }

        var state = new ReplicationState(compiled);
        var recorder = new TraceRecorder(compiled.Days);
        ReplicationSimulator.Run(compiled, state, settings.Seed, replication, ref recorder);
        return new ReplicationTrace
        {
            Replication = replication,
            Seed = settings.Seed,
            Regions = compiled.RegionIds,
            Days = recorder.Days,
        };
    }

    /// <summary>Runs replications [first, first + count) on up to <paramref name="threads"/> workers into one accumulator.</summary>
    internal static ResultAccumulator RunRange(
        CompiledScenario compiled, ulong seed, long first, int count, int threads,
        IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        int workers = Math.Max(1, Math.Min(threads, chunks));
        var accumulators = new ResultAccumulator[workers];
        int nextChunk = -1;
        int completed = 0;

        void Work(int worker)
        {
            var state = new ReplicationState(compiled);
            var accumulator = new ResultAccumulator(compiled);
            var observer = default(NoDayObserver);
            int chunk;
            while ((chunk = Interlocked.Increment(ref nextChunk)) < chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int begin = chunk * ChunkSize;
                int end = Math.Min(count, begin + ChunkSize);
                for (int i = begin; i < end; i++)
                {
                    ReplicationSimulator.Run(compiled, state, seed, first + i, ref observer);
                    accumulator.Add(state);
                }

                int done = Interlocked.Add(ref completed, end - begin);
                progress?.Report(new RunProgress(done, count));
            }

            accumulators[worker] = accumulator;
        }

        if (workers == 1)
        {
            Work(0);
        }
        else
        {
            try
            {
                Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, Work);
            }
            catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
            {
                throw new OperationCanceledException("The run was cancelled.", e, cancellationToken);
            }
        }

        // Histograms are exact counts, so the combined result does not depend on which worker ran what.
        var total = accumulators[0];
        for (int w = 1; w < workers; w++)
        {
            total.Combine(accumulators[w]);
        }

        return total;
    }

    /// <summary>Validates scenario and options, and compiles the scenario.</summary>
    internal static (CompiledScenario Compiled, RunSettingsResolved Settings) Prepare(Scenario scenario, RunOptions? options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new RunOptions();
        var problems = new List<ScenarioDiagnostic>(ScenarioValidator.Validate(scenario));
        if (options.Replications is < 1)
        {
            problems.Add(new ScenarioDiagnostic("replications", $"replications must be >= 1, but was {options.Replications}"));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            problems.Add(new ScenarioDiagnostic("threads", $"threads must be >= 1, but was {options.MaxDegreeOfParallelism}"));
        }

        if (problems.Count > 0)
        {
            throw new ScenarioValidationException(problems);
        }

        var settings = new RunSettingsResolved(
            options.Replications ?? scenario.Run.Replications ?? ModelDefaults.Replications,
            options.Seed ?? scenario.Run.Seed ?? ModelDefaults.Seed,
            options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        return (ScenarioCompiler.Compile(scenario), settings);
    }
}
