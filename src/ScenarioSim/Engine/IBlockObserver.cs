namespace ScenarioSim.Engine;

/// <summary>
/// Sees each simulated day of a block. Implemented by structs and passed as a generic argument, so the
/// normal run's do-nothing observer compiles away and tracing costs nothing when unused.
/// </summary>
internal interface IBlockObserver
{
    /// <summary>Called once per day after all of the day's updates.</summary>
    void OnDay(int day, CompiledScenario scenario, BlockState state);
}
