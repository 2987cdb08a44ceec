namespace ScenarioSim.Model;

/// <summary>A place where forces sit and/or ISIS is active, e.g. <c>anbar</c> or <c>syria</c>.</summary>
public sealed record Region
{
    /// <summary>Identifier referenced by forces and events; unique within a scenario.</summary>
    public required string Id { get; init; }

    /// <summary>Militia activity against forces here; <see langword="null"/> means no militia attacks.</summary>
    public RegionMilitia? Militia { get; init; }

    /// <summary>ISIS activity here; <see langword="null"/> means no ISIS attacks in this region.</summary>
    public RegionIsis? Isis { get; init; }
}
