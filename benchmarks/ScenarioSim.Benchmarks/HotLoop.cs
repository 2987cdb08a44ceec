using System.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Benchmarks;

/// <summary>
/// Runs a scenario (the baseline unless told) for a while and prints ns per replication-day-region: a target for profilers, and
/// a quick A/B check between two builds. <see cref="Run"/> is the hot loop alone; <see cref="RunWhole"/>
/// is whole one-thread runs through <see cref="ScenarioRunner"/>, aggregation included; <see cref="RunAggregation"/>
/// is the aggregation alone.
/// </summary>
public static class HotLoop
{
    /// <summary>Simulates blocks of <paramref name="model"/> for about <paramref name="seconds"/> seconds after a warm-up.</summary>
    public static void Run(Scenario model, double seconds)
    {
        var scenario = ScenarioCompiler.Compile(model);
        var state = new BlockState(scenario);
        var observer = default(NoBlockObserver);
        Measure(model, seconds, 200, BlockState.Lanes, block => BlockSimulator.Run(scenario, state, 1, block * BlockState.Lanes, ref observer));
    }

    /// <summary>Runs 2,000-replication one-thread runs of <paramref name="scenario"/> for about <paramref name="seconds"/> seconds after a warm-up.</summary>
    public static void RunWhole(Scenario scenario, double seconds)
    {
        const int Replications = 2_000;
        var runner = new ScenarioRunner();
        var options = new RunOptions { Replications = Replications, Seed = 1, MaxDegreeOfParallelism = 1 };
        Measure(scenario, seconds, 3, Replications, _ => runner.Run(scenario, options));
    }

    /// <summary>
    /// Adds one simulated block of <paramref name="model"/> to a result accumulator over and over for about
    /// <paramref name="seconds"/> seconds: what the aggregation costs per block, with its data in cache.
    /// </summary>
    public static void RunAggregation(Scenario model, double seconds)
    {
        var scenario = ScenarioCompiler.Compile(model);
        var state = new BlockState(scenario);
        var observer = default(NoBlockObserver);
        BlockSimulator.Run(scenario, state, 1, 0, ref observer);
        var accumulator = new ResultAccumulator(scenario);
        Measure(model, seconds, 2_000, BlockState.Lanes, _ => accumulator.Add(0, state, BlockState.Lanes));
    }

    /// <summary>
    /// Calls <paramref name="step"/> (with 0, 1, 2, …) <paramref name="warmUps"/> times, then again from 0
    /// for about <paramref name="seconds"/> seconds, and prints the time and this thread's allocations per
    /// replication-day-region and per replication of the timed calls, each worth <paramref name="replicationsPerStep"/>.
    /// </summary>
    private static void Measure(Scenario scenario, double seconds, int warmUps, int replicationsPerStep, Action<long> step)
    {
        for (int i = 0; i < warmUps; i++)
        {
            step(i);
        }

        long steps = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            step(steps);
            steps++;
        }

        var elapsed = clock.Elapsed;
        long replications = steps * replicationsPerStep;
        double ns = elapsed.TotalNanoseconds / replications / scenario.Days / scenario.Regions.Count;
        double bytes = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)replications;
        Console.WriteLine($"{ns:F2} ns per replication-day-region over {replications} replications, {bytes:F0} bytes allocated per replication");
    }
}
