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
        for (int i = 0; i < 200; i++)
        {
            BlockSimulator.Run(scenario, state, 1, i * BlockState.Lanes, ref observer);
        }

        long blocks = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            BlockSimulator.Run(scenario, state, 1, blocks * BlockState.Lanes, ref observer);
            blocks++;
        }

        Print(model, clock.Elapsed, blocks * BlockState.Lanes, allocated);
    }

    /// <summary>Runs 2,000-replication one-thread runs of <paramref name="scenario"/> for about <paramref name="seconds"/> seconds after a warm-up.</summary>
    public static void RunWhole(Scenario scenario, double seconds)
    {
        const int Replications = 2_000;
        var runner = new ScenarioRunner();
        var options = new RunOptions { Replications = Replications, Seed = 1, MaxDegreeOfParallelism = 1 };
        for (int i = 0; i < 3; i++)
        {
            runner.Run(scenario, options);
        }

        long runs = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            runner.Run(scenario, options);
            runs++;
        }

        Print(scenario, clock.Elapsed, runs * Replications, allocated);
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
        for (int i = 0; i < 2_000; i++)
        {
            accumulator.Add(0, state, BlockState.Lanes);
        }

        long blocks = 0;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            accumulator.Add(0, state, BlockState.Lanes);
            blocks++;
        }

        Print(model, clock.Elapsed, blocks * BlockState.Lanes, allocated);
    }

    /// <summary>Prints the time and this thread's allocations since <paramref name="allocatedBefore"/>, per replication.</summary>
    private static void Print(Scenario scenario, TimeSpan elapsed, long replications, long allocatedBefore)
    {
        double ns = elapsed.TotalNanoseconds / replications / scenario.Days / scenario.Regions.Count;
        double bytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)replications;
        Console.WriteLine($"{ns:F2} ns per replication-day-region over {replications} replications, {bytes:F0} bytes allocated per replication");
    }
}
