namespace ScenarioSim.Analysis;

/// <summary>The outcome of <see cref="SobolSensitivity"/>.</summary>
/// <param name="Parameters">The parameters, in the order given.</param>
/// <param name="Indices">One entry per parameter, in the order given.</param>
/// <param name="Samples">Base samples N.</param>
/// <param name="Evaluations">Model evaluations, N·(k + 2).</param>
/// <param name="Sampling">How the base matrices were drawn.</param>
/// <param name="BootstrapResamples">Bootstrap resamples behind the intervals.</param>
/// <param name="OutputMean">Mean of the model output over the A and B points.</param>
/// <param name="OutputVariance">Variance of the model output over the A and B points (divisor 2N): the indices' denominator.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SobolResult(
    IReadOnlyList<ParameterRange> Parameters,
    IReadOnlyList<SobolIndex> Indices,
    int Samples,
    int Evaluations,
    SensitivitySampling Sampling,
    int BootstrapResamples,
    double OutputMean,
    double OutputVariance);
