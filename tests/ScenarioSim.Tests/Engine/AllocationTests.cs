using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Tests.Engine;

public class AllocationTests
{
    [TestCase(365)]
    [TestCase(1460)]
    public void SimulateBlock_AfterWarmUp_AllocatesNothing(int days) =>
        // Every component: slips and a pause policy (per-lane schedules), events, Hawkes, escalation, ISIS.
        AssertNoAllocation(TestScenarios.Mixed(days), days);

    [TestCase(365)]
    [TestCase(1460)]
    public void SimulateBlock_UncertainParameters_AfterWarmUp_AllocatesNothing(int days)
    {
        // Draws on many paths, two of them correlated through the copula; derived quantities too
        // (ln(1 - p_fatal), decay factor, cumulative next weights, the ISF capacity path, attack rates).
        var scenario = TestScenarios.MixedUncertain(days);
        Assert.That(ScenarioValidator.Validate(scenario), Is.Empty);

        AssertNoAllocation(scenario, days);
    }

    private static void AssertNoAllocation(Scenario scenario, int days)
    {
        var compiled = ScenarioCompiler.Compile(scenario);
        var block = new BlockState(compiled);
        var observer = default(NoBlockObserver);
        for (int i = 0; i < 10; i++)
        {
            BlockSimulator.Run(compiled, block, 1, i * BlockState.Lanes, ref observer);
        }

        // The library is compiled with optimisation, so the runtime's tiered JIT moves these methods from
        // tier 0 to optimised code (on-stack replacement, promotion after 30 calls) while they run, and its
        // work can allocate on this thread. A window in which the JIT compiled something is measured again
        // (the same replications, so the same draws and paths); the one that counts is a window with no
        // JIT activity, and it must allocate nothing.
        long allocated = 0;
        for (int attempt = 0; attempt < 5; attempt++)
        {
            long compiled0 = System.Runtime.JitInfo.GetCompiledMethodCount();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 10; i < 40; i++)
            {
                BlockSimulator.Run(compiled, block, 1, i * BlockState.Lanes, ref observer);
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (System.Runtime.JitInfo.GetCompiledMethodCount() == compiled0)
            {
                break;
            }
        }

        Assert.That(allocated, Is.Zero, $"30 blocks × {days} days allocated bytes in the simulation");
    }
}
