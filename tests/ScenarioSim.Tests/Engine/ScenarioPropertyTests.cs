using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Tests.Engine;

/// <summary>Invariants over generated valid scenarios.</summary>
public class ScenarioPropertyTests
{
    private readonly ScenarioRunner _runner = new();

    [FsCheck.NUnit.Property(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = 40)]
    public bool Trace_CountsNonNegative_FatalAttacksAtMostAttacks_TroopsWithinSchedule(Scenario scenario, ushort replication)
    {
        var trace = _runner.Trace(scenario, replication, seed: 7);
        foreach (var day in trace.Days)
        {
            for (int r = 0; r < trace.Regions.Count; r++)
            {
                var schedule = scenario.Forces[r].Schedule;
                bool ok = day.MilitiaAttacks[r] >= 0 && day.IsisAttacks[r] >= 0 && day.MilitiaFatalities[r] >= 0
                    && day.MilitiaFatalAttacks[r] <= day.MilitiaAttacks[r]
                    && day.MilitiaFatalities[r] >= day.MilitiaFatalAttacks[r]
                    && day.Troops[r] >= schedule.Min(b => b.Troops) - 1e-9
                    && day.Troops[r] <= schedule.Max(b => b.Troops) + 1e-9
                    && (day.Troops[r] > 0 || day.MilitiaAttacks[r] == 0);
                if (!ok)
                {
                    return false;
                }
            }

            if (day.IsisFighters < 0)
            {
                return false;
            }
        }

        return true;
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = 15)]
    public bool Run_ResultsIndependentOfThreadCount(Scenario scenario)
    {
        var one = _runner.Run(scenario, new RunOptions { Replications = 150, Seed = 3, MaxDegreeOfParallelism = 1 });
        var three = _runner.Run(scenario, new RunOptions { Replications = 150, Seed = 3, MaxDegreeOfParallelism = 3 });
        return ResultComparison.Canonical(one) == ResultComparison.Canonical(three);
    }
}
