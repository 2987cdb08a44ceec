using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Randomness;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Calibration;

/// <summary>
/// The likelihood's escalation transition matrix must be the chain the engine moves (docs/model.md,
/// section 3): on every shipped scenario it equals the probabilities the engine's compiled leave
/// probabilities and cumulative next weights give, and the engine's simulated moves occur at its rates.
/// </summary>
[TestFixture]
public sealed class EscalationTransitionAgreementTests
{
    private const double Tolerance = 1e-12;

    private static readonly string[] ShippedScenarios = Tests.Analysis.ShippedScenarios.Names;

    [TestCaseSource(nameof(ShippedScenarios))]
    public void TransitionMatrix_ShippedScenario_EqualsEngineCompiledMoveProbabilities(string name)
    {
        var scenario = Load(name);
        var compiled = ScenarioCompiler.Compile(scenario);

        var matrix = MilitiaLikelihood.TransitionMatrix(scenario.Escalation);

        var engine = EngineTransitions(compiled);
        Assert.That(matrix, Is.Not.Null);
        Assert.That(matrix!.GetLength(0), Is.EqualTo(engine.GetLength(0)));
        for (int from = 0; from < engine.GetLength(0); from++)
        {
            for (int to = 0; to < engine.GetLength(1); to++)
            {
                Assert.That(matrix[from, to], Is.EqualTo(engine[from, to]).Within(Tolerance), $"{name}: {compiled.Escalation.StateNames[from]} → {compiled.Escalation.StateNames[to]}");
            }
        }
    }

    [TestCaseSource(nameof(ShippedScenarios))]
    public void TransitionMatrix_ShippedScenario_IsLeaveTimesNormalisedWeights(string name)
    {
        // docs/model.md, section 3: leave with 1/mean_duration_days, then move by the normalised next weights.
        var chain = Load(name).Escalation!;

        var matrix = MilitiaLikelihood.TransitionMatrix(chain)!;

        for (int from = 0; from < chain.States.Count; from++)
        {
            var state = chain.States[from];
            double leave = state.MeanDurationDays is { } d ? 1 / d : 0;
            double total = state.Next.Sum(n => n.Weight);
            for (int to = 0; to < chain.States.Count; to++)
            {
                double expected = (from == to ? 1 - leave : 0)
                    + state.Next.Where(n => n.To == chain.States[to].Name).Sum(n => leave * n.Weight / total);
                Assert.That(matrix[from, to], Is.EqualTo(expected).Within(Tolerance), $"{name}: {state.Name} → {chain.States[to].Name}");
            }
        }
    }

    [Test]
    public void ShippedScenarios_SomeStateSplitsItsMoves()
    {
        // Guards the tests above against chains whose every state has one target, where the cumulative
        // weights cannot disagree with the weights.
        Assert.That(ShippedScenarios.Any(name => Load(name).Escalation!.States.Any(s => s.Next.Count(n => n.Weight > 0) > 1)), Is.True);
    }

    [Test]
    public void Run_BaselineChain_MovesAtTheLikelihoodsRates()
    {
        // The engine's own step, not its compiled numbers: every lane-day's move from the previous day's
        // state, counted over many blocks, against the likelihood's matrix. Uncertain parameters and events
        // are removed so every lane moves by the same chain. Fixed seed; 5 binomial standard errors.
        var scenario = Load("baseline") with { Uncertainties = [], Correlations = [], Events = [] };
        var compiled = ScenarioCompiler.Compile(scenario);
        var matrix = MilitiaLikelihood.TransitionMatrix(scenario.Escalation)!;
        int states = compiled.Escalation.StateNames.Length;
        var observer = new MoveCounter(states);
        var block = new BlockState(compiled);
        for (int b = 0; b < 40; b++)
        {
            BlockSimulator.Run(compiled, block, seed: 20251204, first: (long)b * BlockState.Lanes, ref observer);
        }

        for (int from = 0; from < states; from++)
        {
            long visits = Enumerable.Range(0, states).Sum(to => observer.Counts[from, to]);
            Assert.That(visits, Is.GreaterThan(10_000), compiled.Escalation.StateNames[from]);
            for (int to = 0; to < states; to++)
            {
                double p = matrix[from, to];
                double standardError = Math.Sqrt(Math.Max(p * (1 - p), 1e-12) / visits);
                Assert.That((double)observer.Counts[from, to] / visits, Is.EqualTo(p).Within(5 * standardError),
                    $"{compiled.Escalation.StateNames[from]} → {compiled.Escalation.StateNames[to]}");
            }
        }
    }

    /// <summary>
    /// The engine's step read off its compiled chain: a lane leaves with the state's leave probability
    /// and takes the first move whose cumulative weight exceeds a uniform in [0, 1), the last when none
    /// does; each move's probability is the length of the uniforms that pick it.
    /// </summary>
    private static double[,] EngineTransitions(CompiledScenario c)
    {
        int k = c.Escalation.StateNames.Length;
        var result = new double[k, k];
        for (int from = 0; from < k; from++)
        {
            var cumulative = c.Escalation.NextCumulative[from];
            var targets = c.Escalation.NextState[from];
            double leave = targets.Length == 0 ? 0 : c.Escalation.LeaveProbability[from];
            result[from, from] += 1 - leave;
            for (int m = 0; m < targets.Length; m++)
            {
                double lower = m == 0 ? 0 : cumulative[m - 1];
                double upper = m == targets.Length - 1 ? 1 : cumulative[m];
                result[from, targets[m]] += leave * Math.Max(0, upper - lower);
            }
        }

        return result;
    }

    private static Scenario Load(string name) =>
        ScenarioLoader.LoadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", name + ".yaml")).GetValueOrThrow();

    /// <summary>Counts each lane's move from one day's state to the next.</summary>
    private struct MoveCounter(int states) : IBlockObserver
    {
        private readonly int[] _previous = new int[BlockState.Lanes];

        public long[,] Counts { get; } = new long[states, states];

        public readonly void OnDay(int day, CompiledScenario scenario, BlockState state)
        {
            for (int lane = 0; lane < BlockState.Lanes; lane++)
            {
                int current = (int)state.Escalation.State.GetElement(lane);
                if (day > 0)
                {
                    Counts[_previous[lane], current]++;
                }

                _previous[lane] = current;
            }
        }
    }
}
