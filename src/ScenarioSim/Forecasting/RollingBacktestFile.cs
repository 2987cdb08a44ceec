using ScenarioSim.Calibration;
using ScenarioSim.IO;

namespace ScenarioSim.Forecasting;

/// <summary>
/// A rolling back-test's <c>backtest.json</c> as written and read (docs/forecasting.md): <c>backtest --rolling</c>
/// writes these records and the report reads them back with <see cref="Read"/>, so the two share one set of field
/// names and one order. Names are the members' snake_case; a NaN number is written as <c>null</c> and reads back as NaN.
/// </summary>
/// <param name="Scenario">The scenario that made the forecasts.</param>
/// <param name="Data">The observed-events file, as given.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Replications">Replications per simulated forecast.</param>
/// <param name="Seed">The seed of every simulated forecast.</param>
/// <param name="Rolling">How the origins were placed and what was refitted.</param>
/// <param name="Summary">Each model's mean scores over the origins, keyed by the model's name: <c>conditioned</c>, <c>unconditioned</c>, <c>negbin_constant</c>, <c>persistence</c>.</param>
/// <param name="Origins">One entry per origin, in date order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RollingBacktestFile(
    ScenarioStamp Scenario,
    string Data,
    string Version,
    int Replications,
    ulong Seed,
    RollingBacktestSettings Rolling,
    IReadOnlyDictionary<string, RollingModelScore> Summary,
    IReadOnlyList<RollingBacktestOrigin> Origins)
{
    /// <summary>Reads a rolling back-test's <c>backtest.json</c>.</summary>
    /// <param name="stream">The file's UTF-8 bytes; left open.</param>
    /// <returns>The back-test as written.</returns>
    /// <exception cref="FormatException">The stream is not JSON, or not in the shape <c>backtest --rolling</c> writes.</exception>
    public static RollingBacktestFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return DeterministicJson.Deserialize(stream, RollingBacktestJsonContext.Default.RollingBacktestFile, BacktestOutput.JsonFileName);
    }
}
