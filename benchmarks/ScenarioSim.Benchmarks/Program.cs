using System.Runtime.Intrinsics;
using BenchmarkDotNet.Running;
using ScenarioSim.Benchmarks;
using ScenarioSim.Randomness;

// One switcher for every benchmark class: dotnet run -c Release -- --filter '*'
// `--loop SECONDS` instead runs the baseline's hot loop for that long, for a profiler such as perf;
// `--whole SECONDS` runs whole one-thread runs (aggregation included) for that long; `--aggregate SECONDS`
// adds one simulated block to a result accumulator over and over (the aggregation alone). Each takes a
// scenario name after the seconds: baseline (the default), delayed, uncertain, uncertain-troops, or a
// scenario file (.yaml): ns are then per replication-day-region of that scenario.
Console.WriteLine(
    $"Block vectors: {BlockVectorWidth.Bits}-bit instructions (Vector512 accelerated: {Vector512.IsHardwareAccelerated}, " +
    $"Vector256: {Vector256.IsHardwareAccelerated}, Vector128: {Vector128.IsHardwareAccelerated}; fused multiply-add in hardware: {FusedMultiplyAddInHardware()})");
if (args is ["--loop" or "--whole" or "--aggregate", var seconds, ..] && args.Length <= 3)
{
    double limit = double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture);
    var scenario = BenchmarkScenarios.Named(args.Length == 3 ? args[2] : "baseline");
    switch (args[0])
    {
        case "--loop":
            HotLoop.Run(scenario, limit);
            break;
        case "--whole":
            HotLoop.RunWhole(scenario, limit);
            break;
        default:
            HotLoop.RunAggregation(scenario, limit);
            break;
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkScenarios).Assembly).Run(args);

static bool FusedMultiplyAddInHardware() =>
    System.Runtime.Intrinsics.X86.Fma.IsSupported || System.Runtime.Intrinsics.Arm.AdvSimd.IsSupported;
