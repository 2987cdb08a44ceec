using ScenarioSim.Diagnostics;

namespace ScenarioSim.Yaml;

/// <summary>
/// A YAML node that remembers where it came from (file, line, column). The loader's own small tree:
/// it survives <c>extends</c> merging and <c>--set</c> overrides with each node keeping the location
/// of the text that produced it, so a diagnostic points into the file that holds the bad value.
/// </summary>
internal abstract class LocatedNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>How the node reads in a "but was …" message.</summary>
    public abstract string Describe();

    /// <summary>
    /// A copy that overrides can change without touching this node: mappings and sequences are copied
    /// all the way down, scalars (immutable) are shared. Lets one tree read from disk serve many loads.
    /// </summary>
    public abstract LocatedNode Clone();
}

/// <summary>A scalar: its text and whether it is YAML null (<c>~</c>, <c>null</c> or nothing).</summary>
internal sealed class LocatedScalar(SourceLocation location, string value, bool isNull) : LocatedNode(location)
{
    public string Value { get; } = value;

    public bool IsNull { get; } = isNull;

    public override string Describe() => IsNull ? "empty" : $"'{Value}'";

    public override LocatedNode Clone() => this;
}

/// <summary>A sequence of nodes.</summary>
internal sealed class LocatedSequence(SourceLocation location, List<LocatedNode> items) : LocatedNode(location)
{
    public List<LocatedNode> Items { get; } = items;

    public override string Describe() => "a list";

    public override LocatedNode Clone() => new LocatedSequence(Location, Items.ConvertAll(item => item.Clone()));
}

/// <summary>A mapping with scalar keys, in file order.</summary>
internal sealed class LocatedMapping(SourceLocation location, List<KeyValuePair<LocatedScalar, LocatedNode>> entries)
    : LocatedNode(location)
{
    public List<KeyValuePair<LocatedScalar, LocatedNode>> Entries { get; } = entries;

    public IEnumerable<string> Keys => Entries.Select(e => e.Key.Value);

    public override string Describe() => "a mapping";

    public override LocatedMapping Clone() =>
        new(Location, Entries.ConvertAll(e => new KeyValuePair<LocatedScalar, LocatedNode>(e.Key, e.Value.Clone())));

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent.</summary>
    public LocatedNode? Find(string key) => IndexOf(key) is int i and >= 0 ? Entries[i].Value : null;

    /// <summary>The key node for <paramref name="key"/>, or null when the key is absent.</summary>
    public LocatedScalar? FindKey(string key) => IndexOf(key) is int i and >= 0 ? Entries[i].Key : null;

    public int IndexOf(string key) => Entries.FindIndex(e => e.Key.Value == key);

    /// <summary>Replaces the value under an existing key or appends a new entry.</summary>
    public void Set(LocatedScalar key, LocatedNode value)
    {
        int index = IndexOf(key.Value);
        if (index >= 0)
        {
            Entries[index] = new(Entries[index].Key, value);
        }
        else
        {
            Entries.Add(new(key, value));
        }
    }

    public void Remove(string key)
    {
        int index = IndexOf(key);
        if (index >= 0)
        {
            Entries.RemoveAt(index);
        }
    }
}
