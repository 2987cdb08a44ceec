using ScenarioSim.Calibration;

namespace ScenarioSim.Forecasting;

/// <summary>How a rolling back-test places its origins and makes its forecasts.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record RollingBacktestOptions
{
    /// <summary>Days between nominal origins (at least 1).</summary>
    public required int Every { get; init; }

    /// <summary>Days forecast after each origin (at least 1); with period data the window runs on to the next row boundary.</summary>
    public required int Horizon { get; init; }

    /// <summary>Days of data before the first origin.</summary>
    /// <value>The default, <see langword="null"/>, is the horizon.</value>
    public int? MinTrain { get; init; }

    /// <summary>Parameters refitted on each training window; empty to use the scenario's values at every origin.</summary>
    /// <value>The default is empty.</value>
    public IReadOnlyList<FitParameter> Refit { get; init; } = [];

    /// <summary>Replications per simulated forecast (at least 2).</summary>
    /// <value>The default value is 500.</value>
    public int Replications { get; init; } = 500;

    /// <summary>The seed of every simulated forecast.</summary>
    /// <value>The default value is 1.</value>
    public ulong Seed { get; init; } = 1;

    /// <summary>Worker threads; results do not depend on it.</summary>
    /// <value>The default, <see langword="null"/>, uses every core.</value>
    public int? Threads { get; init; }
}
