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

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 10; i < 40; i++)
        {
            BlockSimulator.Run(compiled, block, 1, i * BlockState.Lanes, ref observer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.Zero, $"30 blocks × {days} days allocated bytes in the simulation");
    }
}
