using System.Runtime.Intrinsics;
using BenchmarkDotNet.Running;

// One switcher for every benchmark class: dotnet run -c Release -- --filter '*'
Console.WriteLine($"Vector512 hardware accelerated: {Vector512.IsHardwareAccelerated}");
BenchmarkSwitcher.FromAssembly(typeof(ScenarioSim.Benchmarks.BenchmarkScenarios).Assembly).Run(args);
