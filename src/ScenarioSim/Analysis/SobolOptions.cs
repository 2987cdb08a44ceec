namespace ScenarioSim.Analysis;

/// <summary>How <see cref="SobolSensitivity"/> samples and resamples. Defaults suit a few parameters.</summary>
public sealed record SobolOptions
{
    /// <summary>Base samples N: the model is evaluated N·(k + 2) times for k parameters (≥ 2; a power of two suits the Sobol' sequence).</summary>
    /// <value>The default value is 256.</value>
    public int Samples { get; init; } = 256;

    /// <summary>Bootstrap resamples for the confidence intervals (≥ 1).</summary>
    /// <value>The default value is 1,000.</value>
    public int BootstrapResamples { get; init; } = 1000;

    /// <summary>Seed of the bootstrap resampling and, with <see cref="SensitivitySampling.LatinHypercube"/>, of the design.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;

    /// <summary>How the base matrices are drawn.</summary>
    /// <value>The default value is <see cref="SensitivitySampling.SobolSequence"/>.</value>
    public SensitivitySampling Sampling { get; init; } = SensitivitySampling.SobolSequence;

    /// <summary>Model evaluations run side by side (≥ 1); <see langword="null"/> uses every core. The model must then be thread-safe.</summary>
    /// <value>The default value is <see langword="null"/>.</value>
    public int? MaxDegreeOfParallelism { get; init; }
}
