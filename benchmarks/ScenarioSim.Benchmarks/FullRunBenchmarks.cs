using BenchmarkDotNet.Attributes;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Benchmarks;

/// <summary>
/// A whole run as users make it: 10,000 replications of the baseline through <see cref="ScenarioRunner"/>,
/// aggregation included, on 1 and 2 threads. Reported per replication (divide by 1217 × 5 for ns per
/// replication-day-region); the allocation column is bytes per replication.
/// </summary>
[MemoryDiagnoser]
public class FullRunBenchmarks
{
    private const int Replications = 10_000;

    private readonly ScenarioRunner _runner = new();
    private Scenario _scenario = null!;

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = BenchmarkScenarios.Baseline();

    [Benchmark(OperationsPerInvoke = Replications)]
    public double Run10000Replications() =>
        _runner.Run(_scenario, new RunOptions { Replications = Replications, Seed = 1, MaxDegreeOfParallelism = Threads })
            .Metrics[0].Statistics.Mean;
}
