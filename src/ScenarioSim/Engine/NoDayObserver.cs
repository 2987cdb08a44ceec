namespace ScenarioSim.Engine;

/// <summary>The observer of a normal run: does nothing.</summary>
internal readonly struct NoDayObserver : IDayObserver
{
    /// <inheritdoc />
    public void OnDay(int day, CompiledScenario scenario, ReplicationState state)
    {
    }
}
