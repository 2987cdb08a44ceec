using MathNet.Numerics.LinearAlgebra;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

public class EscalationChainTests
{
    private static readonly EscalationChain Chain = new()
    {
        Initial = "calm",
        States =
        [
            new EscalationState { Name = "calm", MeanDurationDays = 90, Next = [new("tension", 1)] },
            new EscalationState { Name = "tension", MeanDurationDays = 40, Next = [new("calm", 0.75), new("conflict", 0.25)] },
            new EscalationState { Name = "conflict", MeanDurationDays = 20, Next = [new("tension", 1)] },
        ],
    };

    [Test]
    public void Run_LongHorizon_OccupancyMatchesStationaryDistribution()
    {
        var stationary = StationaryDistribution(Chain);
        var scenario = new Scenario
        {
            Name = "escalation",
            Start = new DateOnly(2020, 1, 1),
            End = new DateOnly(2026, 12, 31),
            Regions = [new Region { Id = "baghdad" }],
            Escalation = Chain,
        };

        var result = new ScenarioRunner().Run(scenario, new RunOptions { Replications = 4000, Seed = 31 });

        // Mixing takes a few hundred days; seven years in, the last month's share of days in each state
        // estimates the stationary probability. 5 standard errors of that month's mean.
        for (int s = 0; s < Chain.States.Count; s++)
        {
            var point = result.Series.Single(p => p.Series == SeriesNames.EscalationPrefix + Chain.States[s].Name && p.Month == "2026-12");
            Assert.That(point.Statistics.Mean, Is.EqualTo(stationary[s]).Within(5 * point.Statistics.Se), Chain.States[s].Name);
        }
    }

    [Test]
    public void Trace_EventSetsState_OverridesThatDayAndChainRunsOn()
    {
        var scenario = new Scenario
        {
            Name = "set-state",
            Start = new DateOnly(2025, 1, 1),
            End = new DateOnly(2025, 1, 10),
            Regions = [new Region { Id = "baghdad" }],
            Escalation = new EscalationChain
            {
                Initial = "calm",
                States =
                [
                    new EscalationState { Name = "calm", Next = [new("conflict", 1)] },
                    new EscalationState { Name = "conflict", Next = [new("calm", 1)] },
                ],
            },
            Events = [new ScenarioEvent { Name = "war", Date = new DateOnly(2025, 1, 4), Effects = [new EventEffect { Target = EffectTarget.Escalation, SetState = "conflict" }] }],
        };

        var states = new ScenarioRunner().Trace(scenario, 0).Days.Select(d => d.EscalationState);

        // Neither state is ever left on its own (no mean duration), so the set state persists.
        Assert.That(states, Is.EqualTo(new[] { "calm", "calm", "calm", "conflict", "conflict", "conflict", "conflict", "conflict", "conflict", "conflict" }));
    }

    /// <summary>π for the daily chain P(s→s) = 1 − 1/d_s, P(s→j) = w_sj/d_s, solved as πP = π, Σπ = 1.</summary>
    private static double[] StationaryDistribution(EscalationChain chain)
    {
        int n = chain.States.Count;
        var names = chain.States.Select(s => s.Name).ToList();
        var a = Matrix<double>.Build.Dense(n + 1, n);
        for (int s = 0; s < n; s++)
        {
            var state = chain.States[s];
            double leave = 1 / state.MeanDurationDays!.Value;
            double total = state.Next.Sum(x => x.Weight);
            a[s, s] += -leave;
            foreach (var move in state.Next)
            {
                a[names.IndexOf(move.To), s] += leave * move.Weight / total;
            }

            a[n, s] = 1;
        }

        var b = Vector<double>.Build.Dense(n + 1);
        b[n] = 1;
        return a.Solve(b).ToArray();
    }
}
