using System.Runtime.Intrinsics;
using BenchmarkDotNet.Running;
using ScenarioSim.Benchmarks;
using ScenarioSim.Randomness;

// One switcher for every benchmark class: dotnet run -c Release -- --filter '*'
// `--loop SECONDS` instead runs the baseline's hot loop for that long, for a profiler such as perf;
// `--whole SECONDS` runs whole one-thread runs (aggregation included) for that long.
Console.WriteLine(
    $"Block vectors: {BlockVectorWidth.Bits}-bit instructions (Vector512 accelerated: {Vector512.IsHardwareAccelerated}, " +
    $"Vector256: {Vector256.IsHardwareAccelerated}, Vector128: {Vector128.IsHardwareAccelerated}; fused multiply-add in hardware: {FusedMultiplyAddInHardware()})");
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

static bool FusedMultiplyAddInHardware() =>
    System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported;
