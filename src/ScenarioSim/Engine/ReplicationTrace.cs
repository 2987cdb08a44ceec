namespace ScenarioSim.Engine;

/// <summary>The day-by-day state of one replication, for explaining one outcome.</summary>
internal sealed record ReplicationTrace
{
    /// <summary>Zero-based replication index.</summary>
    public required int Replication { get; init; }

    /// <summary>The seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Region ids, in the order of the per-region arrays of each day.</summary>
    public required IReadOnlyList<string> Regions { get; init; }

    /// <summary>The days, in order.</summary>
    public required IReadOnlyList<TraceDay> Days { get; init; }
}
