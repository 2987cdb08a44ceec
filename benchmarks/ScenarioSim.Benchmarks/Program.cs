using System.Runtime.Intrinsics;
using BenchmarkDotNet.Running;
using ScenarioSim.Benchmarks;

// One switcher for every benchmark class: dotnet run -c Release -- --filter '*'
// `--loop SECONDS` instead runs the baseline's hot loop for that long, for a profiler such as perf.
Console.WriteLine($"Vector512 hardware accelerated: {Vector512.IsHardwareAccelerated}");
if (args is ["--loop", var seconds])
{
    HotLoop.Run(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkScenarios).Assembly).Run(args);
