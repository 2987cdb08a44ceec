namespace ScenarioSim.Forecasting;

/// <summary>How a rolling back-test placed its origins and what it refitted, as its <c>backtest.json</c> holds them (<see cref="RollingBacktestFile"/>).</summary>
/// <param name="Every">Days between nominal origins.</param>
/// <param name="Horizon">Days forecast after each origin.</param>
/// <param name="MinTrain">Days of data before the first origin.</param>
/// <param name="Refit">The paths of the parameters refitted at each origin; empty when none were.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RollingBacktestSettings(int Every, int Horizon, int MinTrain, IReadOnlyList<string> Refit);
