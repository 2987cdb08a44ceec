using System.Diagnostics;
using ScenarioSim.Engine;

namespace ScenarioSim.Benchmarks;

/// <summary>Runs the baseline's hot loop for a while and prints ns per replication-day-region: a target for profilers.</summary>
public static class HotLoop
{
    /// <summary>Simulates blocks of the baseline for about <paramref name="seconds"/> seconds after a warm-up.</summary>
    public static void Run(double seconds)
    {
        var scenario = ScenarioCompiler.Compile(BenchmarkScenarios.Baseline());
        var state = new BlockState(scenario);
        var observer = default(NoBlockObserver);
        for (int i = 0; i < 200; i++)
        {
            BlockSimulator.Run(scenario, state, 1, i * BlockState.Lanes, ref observer);
        }

        long blocks = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            BlockSimulator.Run(scenario, state, 1, blocks * BlockState.Lanes, ref observer);
            blocks++;
        }

        double ns = clock.Elapsed.TotalNanoseconds / (blocks * BlockState.Lanes) / scenario.Days / scenario.RegionCount;
        Console.WriteLine($"{ns:F2} ns per replication-day-region over {blocks * BlockState.Lanes} replications");
    }
}
