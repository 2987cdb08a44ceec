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
        var mixed = TestScenarios.Mixed(days);
        var scenario = mixed with
        {
            Uncertainties =
            [
                new UncertainParameter("regions[0].militia.base_rate", Distribution.Triangular(0.2, 0.3, 0.5)),
                new UncertainParameter("militia.casualties.p_fatal", Distribution.Beta(2, 300)),
                new UncertainParameter("forces[0].schedule[0].troops", Distribution.Uniform(600, 1400)),
                new UncertainParameter("events[0].probability", Distribution.Uniform(0.3, 0.9)),
                new UncertainParameter("events[0].effects[0].multiply", Distribution.LogNormal(0.4, 0.2)),
                new UncertainParameter("events[0].effects[1].duration_days", Distribution.Uniform(30, 90)),
                new UncertainParameter("escalation.states[1].next[0].weight", Distribution.Uniform(0.3, 0.9)),
                new UncertainParameter("escalation.states[2].mean_duration_days", Distribution.Triangular(40, 60, 90)),
                new UncertainParameter("militia.hawkes.decay_days", Distribution.Uniform(3, 5)),
                new UncertainParameter("isis.isf_capacity.growth_per_year", Distribution.Uniform(0.05, 0.3)),
                new UncertainParameter("isis.attacks_per_1000_fighters_per_day", Distribution.Uniform(0.5, 2)),
                new UncertainParameter("isis.initial_fighters", Distribution.Uniform(2000, 4000)),
                new UncertainParameter("policies.pause_drawdown.pause_days", Distribution.Uniform(30, 90)),
            ],
            Correlations = [new ParameterCorrelation("regions[0].militia.base_rate", "militia.casualties.p_fatal", 0.5)],
        };
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
