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
    /// <summary>
    /// Replications a worker takes at a time: a whole number of blocks, large enough to amortise
    /// scheduling, small enough to balance load and report progress.
    /// </summary>
    private const int ChunkSize = 64;

    /// <summary>
    /// Validates and runs <paramref name="scenario"/>.
    /// </summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">Replications, seed and threads; <see langword="null"/> uses the scenario's and the defaults.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The summaries of metrics, exceedances and monthly series.</returns>
    /// <exception cref="InvalidInputException">The scenario or the options are invalid.</exception>
    public SimulationResult Run(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        RunPrepared(Prepare(scenario, options), progress, cancellationToken);

    /// <summary>
    /// Runs a scenario the caller has already validated (an analysis's design point: the template's
    /// scenario validated once, and the rules of the changed parameters at the point), skipping the full
    /// validation <see cref="Run"/> does; the options are still checked. Without
    /// <paramref name="monthlySeries"/> the result has no monthly series by region (see
    /// <see cref="ResultAccumulator(CompiledScenario, bool)"/>): a point whose metrics are all the analysis reads.
    /// </summary>
    internal SimulationResult RunValidated(
        Scenario scenario, RunOptions options, IProgress<RunProgress>? progress, CancellationToken cancellationToken, bool monthlySeries = true) =>
        RunPrepared(Prepare(scenario, options, scenarioValidated: true), progress, cancellationToken, monthlySeries);

    private static SimulationResult RunPrepared(
        (CompiledScenario Compiled, RunSettingsResolved Settings) prepared, IProgress<RunProgress>? progress, CancellationToken cancellationToken,
        bool monthlySeries = true)
    {
        var (compiled, settings) = prepared;
        var accumulator = RunAccumulated(compiled, settings, new ReplicationRange(0, settings.Replications), progress, cancellationToken, monthlySeries);
        return accumulator.ToResult(settings.Seed);
    }

    /// <summary>
    /// Runs only the replications in <paramref name="range"/> and returns a mergeable partial result:
    /// the building block of batched runs (run until a target precision) and of sharding across
    /// processes or machines. <see cref="RunOptions.Replications"/> is ignored; the range decides.
    /// </summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="range">The replication indices to run.</param>
    /// <param name="options">Seed and threads; <see langword="null"/> uses the scenario's and the defaults.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>The partial result, stamped with the scenario's fingerprint, seed and range.</returns>
    /// <exception cref="InvalidInputException">The scenario, options or range are invalid.</exception>
    internal PartialResult RunPartial(
        Scenario scenario,
        ReplicationRange range,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var (compiled, settings) = Prepare(scenario, (options ?? new RunOptions()) with { Replications = null }, range);
        var accumulator = RunAccumulated(compiled, settings, range, progress, cancellationToken);
        return new PartialResult(ScenarioFingerprint.Sha256(scenario), settings.Seed, range.Count == 0 ? [] : [range], accumulator);
    }

    /// <summary>
    /// Runs the scenario and keeps every replication's scalar metrics, indexed by replication, for
    /// paired analyses such as comparing scenarios under common random numbers.
    /// </summary>
    /// <param name="scenario">The scenario to run.</param>
    /// <param name="options">Replications, seed and threads; <see langword="null"/> uses the scenario's and the defaults.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run; an <see cref="OperationCanceledException"/> follows.</param>
    /// <returns>Each metric's value per replication.</returns>
    /// <exception cref="InvalidInputException">The scenario or the options are invalid.</exception>
    public ReplicationMetrics RunReplicationMetrics(
        Scenario scenario,
        RunOptions? options = null,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var (compiled, settings) = Prepare(scenario, options);
        RunSize.CheckKept(settings.Replications);
        var sink = new ReplicationMetricsSink(compiled, settings.Replications);
        RunRange(compiled, settings.Seed, new ReplicationRange(0, settings.Replications), settings.Threads, () => sink, progress, cancellationToken);
        return sink.ToMetrics();
    }

    /// <summary>
    /// Runs the scenario once for a paired comparison: every replication's scalar metrics and monthly
    /// totals of the key series, and the run's summary with the series <c>run</c> would report.
    /// </summary>
    internal PairedRun RunPaired(
        Scenario scenario, RunOptions? options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var (metrics, months, result) = RunKeeping(scenario, options, keepMonths: true, progress, cancellationToken);
        return new PairedRun(metrics, months!, result);
    }

    /// <summary>
    /// Runs the scenario once for its summary and every replication's scalar metrics and drawn
    /// parameter values (what <see cref="Run"/> and <see cref="RunReplicationMetrics"/> give, from one
    /// pass over the replications instead of two): what a run with uncertain parameters needs for its
    /// attribution.
    /// </summary>
    internal (SimulationResult Result, ReplicationMetrics Metrics) RunWithReplicationMetrics(
        Scenario scenario, RunOptions? options, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var (metrics, _, result) = RunKeeping(scenario, options, keepMonths: false, progress, cancellationToken);
        return (result, metrics);
    }

    private static (ReplicationMetrics Metrics, MonthlyTotalsSink? Months, SimulationResult Result) RunKeeping(
        Scenario scenario, RunOptions? options, bool keepMonths, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var (compiled, settings) = Prepare(scenario, options);
        RunSize.CheckKept(settings.Replications);
        var metrics = new ReplicationMetricsSink(compiled, settings.Replications);
        var months = keepMonths ? new MonthlyTotalsSink(compiled, settings.Replications) : null;
        var sinks = RunRange(
            compiled, settings.Seed, new ReplicationRange(0, settings.Replications), settings.Threads,
            () => new PairedRunSink(compiled, metrics, months), progress, cancellationToken);
        var total = sinks[0].Accumulator;
        for (int w = 1; w < sinks.Count; w++)
        {
            total.Combine(sinks[w].Accumulator);
        }

        return (metrics.ToMetrics(), months, total.ToResult(settings.Seed));
    }

    /// <summary>
    /// Replays replication <paramref name="replication"/> exactly as it runs inside a full run with the
    /// same seed, recording its day-by-day state.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="replication">Zero-based replication index.</param>
    /// <param name="seed">Seed; <see langword="null"/> uses the scenario's, else 1.</param>
    /// <returns>The replication's days.</returns>
    /// <exception cref="InvalidInputException">The scenario is invalid or the replication index is negative.</exception>
    internal ReplicationTrace Trace(Scenario scenario, int replication, ulong? seed = null)
    {
        var (compiled, settings) = Prepare(scenario, new RunOptions { Seed = seed, Replications = 1 });
        if (replication < 0)
        {
            throw new InvalidInputException(
                [new Diagnostic("replication", $"replication must be >= 0, but was {replication}")]);
        }

        var block = new BlockState(compiled);
        var recorder = new TraceRecorder(compiled.Days);
        BlockSimulator.Run(compiled, block, settings.Seed, replication, ref recorder);
        return new ReplicationTrace
        {
            Replication = replication,
            Seed = settings.Seed,
            Regions = compiled.RegionIds,
            Days = recorder.Days,
        };
    }

    internal static ResultAccumulator RunAccumulated(
        CompiledScenario compiled, RunSettingsResolved settings, ReplicationRange range,
        IProgress<RunProgress>? progress, CancellationToken cancellationToken, bool monthlySeries = true)
    {
        var sinks = RunRange(
            compiled, settings.Seed, range, settings.Threads, () => new ResultAccumulator(compiled, monthlySeries), progress, cancellationToken);

        // Histograms are exact counts, so the combined result does not depend on which worker ran what.
        var total = sinks[0];
        for (int w = 1; w < sinks.Count; w++)
        {
            total.Combine(sinks[w]);
        }

        return total;
    }

    /// <summary>Runs the replications of <paramref name="range"/> on up to <paramref name="threads"/> workers, each with its own sink.</summary>
    internal static IReadOnlyList<TSink> RunRange<TSink>(
        CompiledScenario compiled, ulong seed, ReplicationRange range, int threads, Func<TSink> createSink,
        IProgress<RunProgress>? progress, CancellationToken cancellationToken)
        where TSink : IReplicationSink
    {
        int count = checked((int)range.Count);
        int chunks = (count + ChunkSize - 1) / ChunkSize;
        int workers = Math.Max(1, Math.Min(threads, chunks));
        var sinks = new TSink[workers];
        int nextChunk = -1;
        int completed = 0;

        void Work(int worker)
        {
            var block = new BlockState(compiled);
            var sink = createSink();
            var observer = default(NoBlockObserver);
            int chunk;
            while ((chunk = Interlocked.Increment(ref nextChunk)) < chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int begin = chunk * ChunkSize;
                int end = Math.Min(count, begin + ChunkSize);
                for (int i = begin; i < end; i += BlockState.Lanes)
                {
                    // Lanes past the end of the range simulate replications nobody asked for; they are
                    // discarded, and no lane's draws depend on another's.
                    BlockSimulator.Run(compiled, block, seed, range.First + i, ref observer);
                    sink.Add(i, block, Math.Min(BlockState.Lanes, end - i));
                }

                int done = Interlocked.Add(ref completed, end - begin);
                progress?.Report(new RunProgress(done, count));
            }

            sinks[worker] = sink;
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

        return sinks;
    }

    /// <summary>Validates scenario and options, and compiles the scenario.</summary>
    internal static (CompiledScenario Compiled, RunSettingsResolved Settings) Prepare(
        Scenario scenario, RunOptions? options, ReplicationRange? range = null, bool scenarioValidated = false)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new RunOptions();
        var problems = scenarioValidated ? [] : new List<Diagnostic>(ScenarioValidator.Validate(scenario));
        if (options.Replications is < 1)
        {
            problems.Add(new Diagnostic("replications", $"replications must be >= 1, but was {options.Replications}"));
        }

        if (range is { } r && (r.First < 0 || r.Count < 0 || r.Count > int.MaxValue))
        {
            problems.Add(new Diagnostic("range", $"the replication range {r} must start at >= 0 and hold 0 to {int.MaxValue} replications"));
        }

        if (options.MaxDegreeOfParallelism is < 1)
        {
            problems.Add(new Diagnostic("threads", $"threads must be >= 1, but was {options.MaxDegreeOfParallelism}"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var settings = new RunSettingsResolved(
            options.Replications ?? scenario.Run.Replications ?? ModelDefaults.Replications,
            options.Seed ?? scenario.Run.Seed ?? ModelDefaults.Seed,
            options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        RunSize.Check(scenario, range?.Count ?? settings.Replications);
        return (ScenarioCompiler.Compile(scenario), settings);
    }
}
