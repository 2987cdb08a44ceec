using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Calibration;

/// <summary>
/// The engine and the likelihood must use the same militia intensity (docs/model.md, "Militia
/// attacks"): on the escalation path and attack counts the engine simulated, the likelihood's λ_r(t)
/// in that path's states equals the λ_r(t) the engine drew from.
/// </summary>
[TestFixture]
public sealed class MilitiaIntensityAgreementTests
{
    /// <summary>
    /// Both compute b·B·E·M + H, but the engine multiplies in M before E and the likelihood after
    /// (it tabulates b·B·E once per day), so they may differ by rounding: a few ulps.
    /// </summary>
    private const double RelativeTolerance = 1e-12;

    private static readonly int[] Replications = [0, 1, 2, 3, 4, 5, 6, 7];

    [TestCaseSource(nameof(Replications))]
    public void IntensityOnPath_EngineStatePathAndCounts_EqualsEngineDailyIntensity(int replication)
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var engine = SimulateLaneZero(scenario, seed: 20251203, replication);
        var likelihood = new MilitiaLikelihood(scenario, CalibrationScenarios.Daily(scenario, engine.Attacks));

        var lambda = likelihood.IntensityOnPath(scenario, engine.States);

        Assert.That(lambda, Is.Not.Null);
        for (int r = 0; r < scenario.Regions.Count; r++)
        {
            for (int t = 0; t < scenario.Days; t++)
            {
                double expected = engine.Intensity[r][t];
                Assert.That(lambda![r][t], Is.EqualTo(expected).Within(RelativeTolerance * Math.Abs(expected)), $"region {r}, day {t}");
            }
        }
    }

    [Test]
    public void IntensityOnPath_TinyScenario_CoversEveryIntensityTerm()
    {
        // Guards the test above against a path that never exercises a term: some day has excitation,
        // some region-day has no troops, and the chain visits more than one state.
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var paths = Replications.Select(rep => SimulateLaneZero(scenario, seed: 20251203, rep)).ToArray();

        Assert.That(paths.SelectMany(p => p.States).Distinct().Count(), Is.GreaterThan(1));
        Assert.That(paths.Any(p => p.Attacks.Any(row => row.Any(n => n > 0))), Is.True);
        Assert.That(paths.All(p => p.Intensity[1][4] == 0), Is.True, "region b has no troops on day 4");
    }

    /// <summary>Runs one block and reads lane 0's states, attacks and the λ the engine drew each day from.</summary>
    private static EnginePath SimulateLaneZero(Scenario scenario, ulong seed, int replication)
    {
        var compiled = ScenarioCompiler.Compile(scenario);
        var block = new BlockState(compiled);
        var observer = new IntensityObserver(compiled);
        BlockSimulator.Run(compiled, block, seed, replication, ref observer);
        return observer.Path;
    }

    private sealed record EnginePath(int[] States, long[][] Attacks, double[][] Intensity);

    /// <summary>
    /// Reads λ through the engine's own <see cref="BlockDays{TVector}.MilitiaIntensity"/>. The observer
    /// runs after the day's Hawkes update, so it puts back the excitation the day started with (kept
    /// from the previous day) while it reads, and restores the updated one.
    /// </summary>
    private readonly struct IntensityObserver : IBlockObserver
    {
        private readonly BlockVector[] _excitationBefore;

        public IntensityObserver(CompiledScenario c)
        {
            _excitationBefore = new BlockVector[c.RegionCount];
            Path = new EnginePath(
                new int[c.Days],
                Enumerable.Range(0, c.RegionCount).Select(_ => new long[c.Days]).ToArray(),
                Enumerable.Range(0, c.RegionCount).Select(_ => new double[c.Days]).ToArray());
        }

        public EnginePath Path { get; }

        public void OnDay(int day, CompiledScenario scenario, BlockState state)
        {
            Path.States[day] = scenario.Escalation.HasChain ? (int)state.Escalation.State.GetElement(0) : 0;
            for (int r = 0; r < scenario.RegionCount; r++)
            {
                var after = state.Militia.Excitation[r];
                state.Militia.Excitation[r] = _excitationBefore[r];
                Path.Intensity[r][day] = scenario.Militia.InRegion[r] ? BlockDays<BlockVector>.MilitiaIntensity(state.Forces, state.Militia, state.Events, state.Escalation, r).GetElement(0) : 0;
                state.Militia.Excitation[r] = after;
                _excitationBefore[r] = after;
                Path.Attacks[r][day] = (long)state.Militia.AttacksToday[r].GetElement(0);
            }
        }
    }
}
