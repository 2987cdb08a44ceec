namespace ScenarioSim.Yaml;

/// <summary>
/// Merges a child scenario tree over its <c>extends</c> parent: mappings merge by key (the child
/// wins, recursively), the top-level <c>regions</c> list merges by <c>id</c> and <c>forces</c> by
/// <c>contingent</c> + <c>region</c>, every other list is replaced. Nodes keep their own locations, so
/// a value inherited from the parent still points into the parent file.
/// </summary>
internal static class ScenarioTreeMerger
{
    public static LocatedMapping Merge(LocatedMapping parent, LocatedMapping child) => MergeMappings(parent, child, topLevel: true);

    /// <summary>The key a <c>regions</c> item merges by, or null when it has none.</summary>
    public static string? RegionKey(LocatedNode item) => ScalarText(item, "id");

    /// <summary>The key a <c>forces</c> item merges by (<c>contingent/region</c>), or null when it has none.</summary>
    public static string? ForceKey(LocatedNode item) =>
        ScalarText(item, "contingent") is { } contingent && ScalarText(item, "region") is { } region
            ? $"{contingent}/{region}"
            : null;

    private static string? ScalarText(LocatedNode item, string key) =>
        item is LocatedMapping map && map.Find(key) is LocatedScalar { IsNull: false } scalar ? scalar.Value : null;

    private static LocatedMapping MergeMappings(LocatedMapping parent, LocatedMapping child, bool topLevel)
    {
        var merged = new LocatedMapping(child.Location, [.. parent.Entries]);
        foreach (var (key, childValue) in child.Entries)
        {
            LocatedNode value = merged.Find(key.Value) is { } parentValue
                ? MergeValues(parentValue, childValue, topLevel ? key.Value : null)
                : childValue;
            int index = merged.IndexOf(key.Value);
            if (index >= 0)
            {
                merged.Entries[index] = new(key, value);
            }
            else
            {
                merged.Entries.Add(new(key, value));
            }
        }

        return merged;
    }

    private static LocatedNode MergeValues(LocatedNode parent, LocatedNode child, string? topLevelKey) =>
        (parent, child, topLevelKey) switch
        {
            (LocatedSequence p, LocatedSequence c, "regions") => MergeLists(p, c, RegionKey),
            (LocatedSequence p, LocatedSequence c, "forces") => MergeLists(p, c, ForceKey),
            (LocatedMapping p, LocatedMapping c, _) => MergeMappings(p, c, topLevel: false),
            _ => child,
        };

    private static LocatedSequence MergeLists(LocatedSequence parent, LocatedSequence child, Func<LocatedNode, string?> keyOf)
    {
        var items = new List<LocatedNode>(parent.Items);
        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (keyOf(items[i]) is { } key)
            {
                indexByKey.TryAdd(key, i);
            }
        }

        foreach (LocatedNode childItem in child.Items)
        {
            string? key = keyOf(childItem);
            int index = key is not null && indexByKey.TryGetValue(key, out int found) ? found : -1;
            if (index >= 0 && items[index] is LocatedMapping parentItem && childItem is LocatedMapping childMap)
            {
                items[index] = MergeMappings(parentItem, childMap, topLevel: false);
            }
            else
            {
                if (key is not null)
                {
                    indexByKey.TryAdd(key, items.Count);
                }

                items.Add(childItem);
            }
        }

        return new LocatedSequence(child.Location, items);
    }
}
