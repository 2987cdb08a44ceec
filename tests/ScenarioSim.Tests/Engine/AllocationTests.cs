using ScenarioSim.Engine;

namespace ScenarioSim.Tests.Engine;

public class AllocationTests
{
    [Test]
    public void Simulate_AfterWarmUp_AllocatesNothingPerDay()
    {
        var compiled = ScenarioCompiler.Compile(TestScenarios.Mixed(days: 730));
        var state = new ReplicationState(compiled);
        var observer = default(NoDayObserver);
        for (int i = 0; i < 20; i++)
        {
            ReplicationSimulator.Run(compiled, state, 1, i, ref observer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 20; i < 220; i++)
        {
            ReplicationSimulator.Run(compiled, state, 1, i, ref observer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(allocated, Is.Zero, "200 replications × 730 days allocated bytes in the daily loop");
    }
}
