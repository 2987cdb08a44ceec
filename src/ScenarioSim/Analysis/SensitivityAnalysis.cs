namespace ScenarioSim.Analysis;

/// <summary>
/// A <c>sensitivity.json</c> read back (<see cref="SensitivityOutput.ReadJson"/>): what was analysed and the
/// result of the method that analysed it, Sobol' or Morris.
/// </summary>
/// <param name="Response">What was analysed: scenario, metric, seed, replications and version.</param>
/// <param name="Method"><see cref="SobolSensitivity.MethodName"/> or <see cref="MorrisScreening.MethodName"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SensitivityAnalysis(ResponseStamp Response, string Method)
{
    /// <summary>The Sobol' indices when <see cref="Method"/> is <c>sobol</c>; otherwise <see langword="null"/>.</summary>
    public SobolResult? Sobol { get; init; }

    /// <summary>The Morris statistics when <see cref="Method"/> is <c>morris</c>; otherwise <see langword="null"/>.</summary>
    public MorrisResult? Morris { get; init; }
}
