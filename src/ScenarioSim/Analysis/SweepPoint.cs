using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>One point of a parameter sweep and its run.</summary>
/// <param name="Index">The point's index in the design, from 0.</param>
/// <param name="Values">The parameters' values at the point, in the sweep's parameter order.</param>
/// <param name="Result">The run's summaries at the point.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepPoint(int Index, IReadOnlyList<double> Values, SimulationResult Result);
