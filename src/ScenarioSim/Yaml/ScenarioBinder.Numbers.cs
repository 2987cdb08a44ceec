using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// The binder's numbers: each block that binds to a model record takes the numbers the
/// <see cref="ParameterTable"/> puts in it, read by the table's key, whole or not and required or not as
/// the table says, so a new numeric parameter needs no change here.
/// </summary>
internal sealed partial class ScenarioBinder
{
    /// <summary>
    /// <paramref name="record"/> (the block's record with its other keys bound) with each number of the
    /// block at <paramref name="block"/> that <paramref name="map"/> gives, in the table's order. A key left
    /// out keeps the record's own default; a required one is reported missing. <paramref name="shownPath"/>
    /// is the path messages name the block by when it differs from the model path (a state by its name).
    /// </summary>
    private T Numbers<T>(LocatedMapping map, string block, string path, T record, string? shownPath = null)
        where T : class
    {
        foreach (ParameterDefinition number in ParameterTable.InBlock(block))
        {
            double? value = number.IsWhole ? WholeNumber(map, path, number) : Number(map, path, number, shownPath);
            if (value is double given)
            {
                record = (T)number.SetIn(record, given);
            }
        }

        return record;
    }

    /// <summary>A number's value (NaN when it fails to bind or a required one is missing); null when an optional one is left out.</summary>
    private double? Number(LocatedMapping map, string path, ParameterDefinition number, string? shownPath)
    {
        if (number.IsRequired && map.Find(number.Key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, number.Key);
            return double.NaN;
        }

        return OptionalNumber(map, path, number.Key, shownPath);
    }

    /// <summary>A whole number's value; null when it is left out or fails to bind (a required one left out is reported).</summary>
    private int? WholeNumber(LocatedMapping map, string path, ParameterDefinition number)
    {
        int? value = OptionalInt(map, path, number.Key);
        if (value is null && number.IsRequired && map.Find(number.Key) is null)
        {
            MissingKey(map, path, number.Key);
        }

        return value;
    }
}
