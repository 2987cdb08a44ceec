using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.Analysis;

/// <summary>
/// Sensitivity of a real (small) scenario, where common random numbers make a parameter of another
/// component exactly irrelevant. Setting isis.recruitment_rate creates an ISIS pool (the block takes
/// its defaults) whose stream is separate from the militia's.
/// </summary>
public sealed class ScenarioResponseTests
{
    private static readonly ParameterRange[] Parameters =
    [
        new("regions.anbar.militia.base_rate", 0.2, 0.8), new("isis.recruitment_rate", 0.0005, 0.002),
    ];

    /// <summary>
    /// Anbar's attacks are Poisson with mean 90·base_rate, drawn from the militia stream, which ISIS
    /// recruitment never touches. Every point runs with the same seed, so A_B^(recruitment) reproduces
    /// A's outputs exactly: S1 = ST = 0 for it. (A parameter of the same component, such as p_fatal,
    /// would not give exact zeros: its casualty draws shift the stream's later attack draws.)
    /// The rate then explains all the variance: S1 and ST of the rate within four bootstrap standard
    /// errors of 1 (fixed seed 11; N = 32, 40 replications per point).
    /// </summary>
    [Test]
    public void Sobol_MilitiaAttacks_RateExplainsAllAndIsisRecruitmentNothing()
    {
        var response = new ScenarioResponse(
            ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml"), Parameters, MetricNames.MilitiaAttacksTotal, new RunOptions { Replications = 40 });

        var result = SobolSensitivity.Analyze(Parameters, response.Evaluate, new SobolOptions { Samples = 32, Seed = response.Seed, MaxDegreeOfParallelism = 2 });

        Assert.That(response.Seed, Is.EqualTo(11UL));
        var (rate, recruitment) = (result.Indices[0], result.Indices[1]);
        Assert.That((recruitment.S1, recruitment.ST), Is.EqualTo((0.0, 0.0)));
        Assert.That(rate.ST, Is.EqualTo(1).Within(4 * rate.STSe));
        Assert.That(rate.S1, Is.EqualTo(1).Within(4 * rate.S1Se));
    }

    [Test]
    public void Evaluate_MetricWithoutValue_ExplainsWhy()
    {
        var response = new ScenarioResponse(
            ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml"), Parameters, MetricNames.DaysToResurgence, new RunOptions { Replications = 5 });

        Assert.That(
            () => response.Evaluate([0.5, 0.001]),
            Throws.InvalidOperationException.With.Message.EqualTo(
                "days_to_resurgence has no value at regions.anbar.militia.base_rate=0.5, isis.recruitment_rate=0.001: no replication had one. Choose another metric (e.g. resurgence)."));
    }
}
