namespace ScenarioSim.Engine;

/// <summary>The observer of a normal run: does nothing.</summary>
internal readonly struct NoBlockObserver : IBlockObserver
{
    /// <inheritdoc />
    public void OnDay(int day, CompiledScenario scenario, BlockState state)
    {
    }
}
