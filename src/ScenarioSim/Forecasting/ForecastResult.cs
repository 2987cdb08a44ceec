using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Forecasting;

/// <summary>A conditioned forecast: what it was conditioned on, the scenario it ran and its results.</summary>
/// <param name="Conditioning">The state at the origin.</param>
/// <param name="Scenario">The scenario as run: the original from the day after the origin to its end (see <see cref="ConditionedRun.ForecastScenario"/>).</param>
/// <param name="Result">The summaries of the forecast days.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ForecastResult(Conditioning Conditioning, Scenario Scenario, SimulationResult Result);
