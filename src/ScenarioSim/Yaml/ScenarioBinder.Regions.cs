using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>regions:</c> (each region's id and its militia and ISIS numbers) and <c>groups:</c>.</summary>
internal sealed partial class ScenarioBinder
{
    private static Region PlaceholderRegion() => new() { Id = string.Empty };

    private Region BindRegion(LocatedMapping map, string path)
    {
        string id = RequiredText(map, path, "id");
        RegionMilitia? militia = null;
        if (Mapping(map, path, "militia", ScenarioShapes.RegionMilitia) is { } militiaMap)
        {
            militia = Numbers(militiaMap, "regions[].militia", Join(path, "militia"), new RegionMilitia { BaseRate = double.NaN });
        }

        RegionIsis? isis = null;
        if (Mapping(map, path, "isis", ScenarioShapes.RegionIsis) is { } isisMap)
        {
            isis = Numbers(isisMap, "regions[].isis", Join(path, "isis"), new RegionIsis { ActivityShare = double.NaN });
        }

        return new Region { Id = id, Militia = militia, Isis = isis };
    }

    /// <summary>
    /// <c>groups:</c>, a mapping of group names to lists of region ids, in file order. Each group's
    /// name is recorded at <c>groups.&lt;name&gt;</c> and each item at <c>groups.&lt;name&gt;[i]</c>,
    /// the paths the rules report problems at.
    /// </summary>
    private IReadOnlyList<RegionGroup> BindGroups(LocatedMapping root)
    {
        if (root.Find("groups") is not { } node || node is LocatedScalar { IsNull: true })
        {
            return [];
        }

        _nodes["groups"] = node;
        if (NamedEntries(node, "groups") is not { } map)
        {
            return [];
        }

        var groups = new List<RegionGroup>();
        foreach (var (key, value) in map.Entries)
        {
            string path = $"groups.{key.Value}";
            _nodes[path] = key;
            if (value is not LocatedSequence sequence)
            {
                Error(path, $"{path} must be a list of region ids, but was {value.Describe()}", value);
                continue;
            }

            var regions = new List<string>();
            for (int i = 0; i < sequence.Items.Count; i++)
            {
                string itemPath = $"{path}[{i}]";
                _nodes[itemPath] = sequence.Items[i];
                if (sequence.Items[i] is LocatedScalar { IsNull: false } scalar)
                {
                    regions.Add(scalar.Value);
                }
                else
                {
                    Error(itemPath, $"{itemPath} must be a region id, but was {sequence.Items[i].Describe()}", sequence.Items[i]);
                }
            }

            groups.Add(new RegionGroup(key.Value, regions));
        }

        return groups;
    }
}
