namespace ScenarioSim.ScaleOut;

/// <summary>
/// What a set of shards splits, as merge messages name it: the whole (<c>run</c>, <c>sweep</c>,
/// <c>design</c>) and its items (<c>replications</c>, <c>points</c>).
/// </summary>
/// <param name="Whole">The work as a whole, e.g. <c>run</c> in "the run's 100 replications".</param>
/// <param name="Items">Its items, plural, e.g. <c>replications</c>.</param>
internal sealed record ShardedWork(string Whole, string Items)
{
    /// <summary>A run, split by replication.</summary>
    public static ShardedWork Run { get; } = new("run", "replications");
}
