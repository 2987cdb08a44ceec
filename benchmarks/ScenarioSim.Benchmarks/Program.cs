using System.Runtime.Intrinsics;
using BenchmarkDotNet.Running;
using ScenarioSim.Benchmarks;

// One switcher for every benchmark class: dotnet run -c Release -- --filter '*'
// `--loop SECONDS` instead runs the baseline's hot loop for that long, for a profiler such as perf;
// `--whole SECONDS` runs whole one-thread runs (aggregation included) for that long.
Console.WriteLine($"Vector512 hardware accelerated: {Vector512.IsHardwareAccelerated}");
if (args is ["--loop" or "--whole", var seconds])
{
    double limit = double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture);
    if (args[0] == "--loop")
    {
        HotLoop.Run(limit);
    }
    else
    {
        HotLoop.RunWhole(limit);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkScenarios).Assembly).Run(args);
