using ScenarioSim.Analysis;

namespace ScenarioSim.Tests.Analysis;

public sealed class MorrisScreeningTests
{
    private static readonly ParameterRange[] Parameters = [new("linear", 0, 2), new("dummy", -1, 1), new("square", 0, 1)];

    /// <summary>f = 3·linear + square²: linear's effect per whole range is 3 · 2 = 6 on every trajectory.</summary>
    private static double Model(IReadOnlyList<double> x) => (3 * x[0]) + (x[2] * x[2]);

    [Test]
    public void Analyze_LinearAndIgnoredParameters_ExactEffects()
    {
        var result = MorrisScreening.Analyze(Parameters, Model, new MorrisOptions { Trajectories = 12, Seed = 4, MaxDegreeOfParallelism = 1 });

        Assert.That(result.Evaluations, Is.EqualTo(12 * 4));
        var linear = result.Effects[0];
        Assert.That((linear.MuStar, linear.Mu, linear.Sigma), Is.EqualTo((6.0, 6.0, 0.0)).Within(1e-12));
        Assert.That((linear.MuStarCi95Low, linear.MuStarCi95High), Is.EqualTo((6.0, 6.0)).Within(1e-12));
        var dummy = result.Effects[1];
        Assert.That((dummy.MuStar, dummy.Mu, dummy.Sigma), Is.EqualTo((0.0, 0.0, 0.0)));
    }

    /// <summary>
    /// On the 4-level grid, square moves between levels {0, 1/3} and {2/3, 1}: its elementary effects are
    /// (4/9 − 0)/(2/3) = 2/3 or (1 − 1/9)/(2/3) = 4/3, so μ* lies in [2/3, 4/3] and σ &gt; 0 reveals the curvature.
    /// </summary>
    [Test]
    public void Analyze_QuadraticParameter_EffectsBetweenTheGridSlopesWithSpread()
    {
        var square = MorrisScreening.Analyze(Parameters, Model, new MorrisOptions { Trajectories = 40, Seed = 9 }).Effects[2];

        Assert.That(square.MuStar, Is.InRange(2.0 / 3, 4.0 / 3));
        Assert.That(square.Sigma, Is.GreaterThan(0));
    }

    [Test]
    public void Design_EveryTrajectoryMovesEachParameterOnceByDelta()
    {
        var (points, moved, steps) = MorrisScreening.Trajectories(Parameters, new MorrisOptions { Trajectories = 5, Seed = 2 });

        Assert.That(points, Has.Count.EqualTo(5 * 4));
        for (int t = 0; t < 5; t++)
        {
            Assert.That(moved[t].Order(), Is.EqualTo(new[] { 0, 1, 2 }));
            for (int step = 0; step < 3; step++)
            {
                int i = moved[t][step];
                var (before, after) = (points[(t * 4) + step], points[(t * 4) + step + 1]);
                double range = Parameters[i].High - Parameters[i].Low;
                Assert.That((after[i] - before[i]) / range, Is.EqualTo(steps[t][step]).Within(1e-12));
                Assert.That(Math.Abs(steps[t][step]), Is.EqualTo(2.0 / 3).Within(1e-15));
                Assert.That(Enumerable.Range(0, 3).Where(d => d != i).All(d => after[d] == before[d]), Is.True);
            }
        }
    }

    [Test]
    public void Estimate_OutputsOfTheDesign_SameEffectsAsAnalyze()
    {
        var options = new MorrisOptions { Trajectories = 7, Seed = 5, MaxDegreeOfParallelism = 1 };
        var outputs = MorrisScreening.Design(Parameters, options).Select(Model).ToList();

        var estimated = MorrisScreening.Estimate(Parameters, outputs, options);

        var analyzed = MorrisScreening.Analyze(Parameters, Model, options);
        Assert.That(estimated.Effects, Is.EqualTo(analyzed.Effects));
        Assert.That((estimated.Evaluations, estimated.Trajectories, estimated.Levels), Is.EqualTo((analyzed.Evaluations, 7, 4)));
    }

    [Test]
    public void Estimate_WrongNumberOfOutputs_ClearError()
    {
        Assert.That(
            () => MorrisScreening.Estimate(Parameters, [1.0, 2.0, 3.0], new MorrisOptions { Trajectories = 7 }),
            Throws.ArgumentException.With.Message.StartsWith("Expected 28 outputs (r·(k + 1)), but 3 were given."));
    }
}
