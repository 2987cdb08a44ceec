using BenchmarkDotNet.Attributes;
using ScenarioSim.Engine;

namespace ScenarioSim.Benchmarks;

/// <summary>
/// The hot loop: one block of eight replications of the baseline on one core. Each benchmark divides
/// by replications × days × regions, so the reported time is ns per replication-day-region and the
/// allocation column is bytes per replication-day-region.
/// </summary>
[MemoryDiagnoser]
public class ReplicationBenchmarks
{
    private const int FullHorizonOperations = 8 * BenchmarkScenarios.BaselineDays * BenchmarkScenarios.BaselineRegions;
    private const int OneYearOperations = 8 * 365 * BenchmarkScenarios.BaselineRegions;

    private CompiledScenario _baseline = null!;
    private CompiledScenario _oneYear = null!;
    private CompiledScenario _delayed = null!;
    private CompiledScenario _uncertain = null!;
    private CompiledScenario _uncertainTroops = null!;
    private BlockState _baselineState = null!;
    private BlockState _oneYearState = null!;
    private BlockState _delayedState = null!;
    private BlockState _uncertainState = null!;
    private BlockState _uncertainTroopsState = null!;
    private long _block;

    [GlobalSetup]
    public void Setup()
    {
        _baseline = ScenarioCompiler.Compile(BenchmarkScenarios.Baseline());
        _oneYear = ScenarioCompiler.Compile(BenchmarkScenarios.Baseline(365));
        _delayed = ScenarioCompiler.Compile(BenchmarkScenarios.Delayed());
        _baselineState = new BlockState(_baseline);
        _oneYearState = new BlockState(_oneYear);
        _delayedState = new BlockState(_delayed);
        _uncertain = ScenarioCompiler.Compile(BenchmarkScenarios.Uncertain());
        _uncertainState = new BlockState(_uncertain);
        _uncertainTroops = ScenarioCompiler.Compile(BenchmarkScenarios.UncertainTroops());
        _uncertainTroopsState = new BlockState(_uncertainTroops);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FullHorizonOperations)]
    public double Baseline_1217Days() => RunBlock(_baseline, _baselineState);

    [Benchmark(OperationsPerInvoke = OneYearOperations)]
    public double Baseline_365Days() => RunBlock(_oneYear, _oneYearState);

    [Benchmark(OperationsPerInvoke = FullHorizonOperations)]
    public double DelayedWithSlipAndPause_1217Days() => RunBlock(_delayed, _delayedState);

    [Benchmark(OperationsPerInvoke = FullHorizonOperations)]
    public double UncertainTwoParameters_1217Days() => RunBlock(_uncertain, _uncertainState);

    [Benchmark(OperationsPerInvoke = FullHorizonOperations)]
    public double UncertainScheduleTroops_1217Days() => RunBlock(_uncertainTroops, _uncertainTroopsState);

    private double RunBlock(CompiledScenario scenario, BlockState state)
    {
        var observer = default(NoBlockObserver);
        BlockSimulator.Run(scenario, state, 1, _block, ref observer);
        _block += BlockState.Lanes;
        return state.Isis.Fighters.GetElement(0);
    }
}
