using System.Globalization;
using ScenarioSim.Diagnostics;

namespace ScenarioSim.Yaml;

/// <summary>
/// The binder's located-value reader: mappings, lists, text, numbers, whole numbers, dates and names read
/// from the located tree, each node recorded under its model path and each problem reported where it is.
/// </summary>
internal sealed partial class ScenarioBinder
{
    private IReadOnlyList<T> BindList<T>(
        LocatedMapping owner,
        string ownerPath,
        string key,
        bool required,
        ObjectShape itemShape,
        Func<LocatedMapping, string, T> bindItem,
        Func<T> placeholder)
    {
        string path = Join(ownerPath, key);
        LocatedNode? node = owner.Find(key);
        if (node is null || node is LocatedScalar { IsNull: true })
        {
            if (required)
            {
                MissingKey(owner, ownerPath, key);
            }

            return [];
        }

        _nodes[path] = node;
        if (node is not LocatedSequence sequence)
        {
            Error(path, $"{path} must be a list, but was {node.Describe()}", node);
            return [];
        }

        var items = new List<T>();
        for (int i = 0; i < sequence.Items.Count; i++)
        {
            string itemPath = $"{path}[{i}]";
            if (AsMapping(sequence.Items[i], itemPath, itemShape) is { } map)
            {
                items.Add(bindItem(map, itemPath));
            }
            else
            {
                items.Add(placeholder());
            }
        }

        return items;
    }

    private LocatedMapping? Mapping(LocatedMapping owner, string ownerPath, string key, ObjectShape shape)
    {
        LocatedNode? node = owner.Find(key);
        if (node is null || node is LocatedScalar { IsNull: true })
        {
            return null;
        }

        return AsMapping(node, Join(ownerPath, key), shape);
    }

    private LocatedMapping? AsMapping(LocatedNode node, string path, ObjectShape shape)
    {
        _nodes[path] = node;
        if (node is not LocatedMapping map)
        {
            Error(path, $"{path} must be a mapping of keys to values, but was {node.Describe()}", node);
            return null;
        }

        CheckKeys(map, path, shape);
        return map;
    }

    private LocatedMapping? NamedEntries(LocatedNode node, string path)
    {
        if (node is LocatedMapping map)
        {
            return map;
        }

        Error(path, $"{path} must be a mapping of names to values, but was {node.Describe()}", node);
        return null;
    }

    private void CheckKeys(LocatedMapping map, string path, ObjectShape shape)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (shape.Field(key.Value) is not null)
            {
                continue;
            }

            string where = path.Length == 0 ? "at the top level" : $"in {path}";
            string hint = Spelling.SingleClosest(key.Value, shape.Keys) is { } closest
                ? $"did you mean '{closest}'?"
                : $"allowed keys are {Spelling.QuotedList(shape.Keys)}";
            Error(Join(path, key.Value), $"unknown key '{key.Value}' {where}; {hint}", key, failed: false);
        }
    }

    private string RequiredText(LocatedMapping map, string path, string key)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return string.Empty;
        }

        return OptionalText(map, path, key) ?? string.Empty;
    }

    private string? OptionalText(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "text") is not { } scalar)
        {
            return null;
        }

        return scalar.Value;
    }

    private double RequiredNumber(LocatedMapping map, string path, string key)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return double.NaN;
        }

        return OptionalNumber(map, path, key) ?? double.NaN;
    }

    private double? OptionalNumber(LocatedMapping map, string path, string key, string? shownPath = null)
    {
        string keyPath = Join(path, key);
        if (map.Find(key) is not { } node || node is LocatedScalar { IsNull: true })
        {
            return null;
        }

        _nodes[keyPath] = node;
        return NumberValue(node, Join(shownPath ?? path, key), keyPath);
    }

    private double NumberValue(LocatedNode node, string shownPath, string modelPath)
    {
        if (IsDistribution(node))
        {
            return UncertainValue((LocatedMapping)node, modelPath);
        }

        if (node is LocatedScalar { IsNull: false } scalar && YamlValues.TryParseNumber(scalar.Value, out double value))
        {
            return value;
        }

        Error(modelPath, $"{shownPath} must be a number, but was {node.Describe()}", node);
        return double.NaN;
    }

    private int? OptionalInt(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (IsDistribution(map.Find(key)))
        {
            _nodes[keyPath] = map.Find(key)!;
            double nominal = UncertainValue((LocatedMapping)map.Find(key)!, keyPath);
            return double.IsFinite(nominal) ? (int)Math.Round(nominal, MidpointRounding.AwayFromZero) : null;
        }

        if (Scalar(map, keyPath, key, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (YamlValues.TryParseInt(scalar.Value, out int value))
        {
            return value;
        }

        Error(keyPath, $"{keyPath} must be a whole number, but was {scalar.Describe()}", scalar);
        return null;
    }

    private ulong? OptionalSeed(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (ulong.TryParse(scalar.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
        {
            return value;
        }

        Error(keyPath, $"{keyPath} must be a whole number from 0 to {ulong.MaxValue}, but was {scalar.Describe()}", scalar);
        return null;
    }

    private DateOnly? RequiredDate(LocatedMapping map, string path, string key)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return null;
        }

        return OptionalDate(map, path, key);
    }

    private DateOnly? OptionalDate(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "a date") is not { } scalar)
        {
            return null;
        }

        if (YamlValues.TryParseDate(scalar.Value, out DateOnly value))
        {
            return value;
        }

        Error(keyPath, $"{keyPath} must be a date in the form yyyy-MM-dd, but was {scalar.Describe()}", scalar);
        return null;
    }

    private int? RequiredChoice(LocatedMapping map, string path, string key, string[] names)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return null;
        }

        return OptionalChoice(map, path, key, names);
    }

    /// <summary>The index of the name given under <paramref name="key"/> in <paramref name="names"/>.</summary>
    private int? OptionalChoice(LocatedMapping map, string path, string key, string[] names)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "a name") is not { } scalar)
        {
            return null;
        }

        int index = Array.IndexOf(names, scalar.Value);
        if (index >= 0)
        {
            return index;
        }

        Error(
            keyPath,
            $"{keyPath} must be one of {string.Join(", ", names)}, but was {scalar.Describe()}{Spelling.Hint(scalar.Value, names)}",
            scalar);
        return null;
    }

    /// <summary>The non-null scalar under <paramref name="key"/>; reports a mapping or list given instead.</summary>
    private LocatedScalar? Scalar(LocatedMapping map, string keyPath, string key, string noun)
    {
        if (map.Find(key) is not { } node || node is LocatedScalar { IsNull: true })
        {
            return null;
        }

        _nodes[keyPath] = node;
        if (node is LocatedScalar scalar)
        {
            return scalar;
        }

        Error(keyPath, $"{keyPath} must be {noun}, but was {node.Describe()}", node);
        return null;
    }

    private void MissingKey(LocatedMapping map, string path, string key) =>
        Error(Join(path, key), $"{Owner(path)} is missing required key '{key}'", map);

    private void Error(string path, string message, LocatedNode at, bool failed = true)
    {
        _diagnostics.Add(new Diagnostic(path, message) { Location = at.Location });
        if (failed)
        {
            Fail(path);
        }
    }

    private void Fail(string path) => _failedPaths.Add(path);
}
