namespace ScenarioSim.Forecasting;

/// <summary>A rolling back-test: every origin's forecasts and each model's mean scores.</summary>
/// <param name="Options">The options it ran with.</param>
/// <param name="Origins">One row per origin, in date order.</param>
/// <param name="Summaries">Mean scores per model, in the order of <see cref="RollingOrigin.ModelNames"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record RollingBacktestResult(RollingBacktestOptions Options, IReadOnlyList<RollingOrigin> Origins, IReadOnlyList<RollingScoreSummary> Summaries);
