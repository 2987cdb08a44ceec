namespace ScenarioSim.Model;

/// <summary>
/// A named set of regions whose metrics are also reported together, e.g. <c>iraq</c> for the Iraqi
/// regions and <c>syria</c> for Syria (docs/scenario-format.md, "Groups"). A region may belong to
/// several groups.
/// </summary>
/// <param name="Name">The group's name: letters, digits, <c>_</c> and <c>-</c>, starting with a letter; unique within a scenario.</param>
/// <param name="Regions">Ids of the scenario's regions in the group; at least one, each once.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record RegionGroup(string Name, IReadOnlyList<string> Regions)
{
    /// <summary>Value equality, the regions compared in order.</summary>
    /// <param name="other">The group to compare with.</param>
    public bool Equals(RegionGroup? other) =>
        other is not null && Name == other.Name && Regions.SequenceEqual(other.Regions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Regions.Count);
}
