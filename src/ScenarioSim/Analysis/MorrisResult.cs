namespace ScenarioSim.Analysis;

/// <summary>The outcome of <see cref="MorrisScreening"/>.</summary>
/// <param name="Parameters">The parameters, in the order given.</param>
/// <param name="Effects">One entry per parameter, in the order given.</param>
/// <param name="Trajectories">Trajectories r.</param>
/// <param name="Levels">Grid levels p.</param>
/// <param name="Evaluations">Model evaluations, r·(k + 1).</param>
/// <param name="BootstrapResamples">Bootstrap resamples behind the intervals.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MorrisResult(
    IReadOnlyList<ParameterRange> Parameters, IReadOnlyList<MorrisEffect> Effects, int Trajectories, int Levels, int Evaluations, int BootstrapResamples);
