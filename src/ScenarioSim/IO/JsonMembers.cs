using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ScenarioSim.IO;

/// <summary>
/// Writes a record's members into the object open in a writer, by its source-generated contract (names, order,
/// the context's converters): a document whose fields come from several records in turn, such as an analysis
/// partial file (its stamp, then the kind's design, then the points held), is laid out from those records
/// rather than field by field. Every member is written, <c>null</c> as <c>null</c>; converters given on a member
/// itself are not consulted (give them in the context).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class JsonMembers
{
    /// <summary>Writes the members of <paramref name="value"/>, in its contract's order, into the object open in <paramref name="json"/>.</summary>
    public static void Write<T>(Utf8JsonWriter json, T value, JsonTypeInfo<T> typeInfo)
        where T : notnull
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.CustomConverter is not null)
            {
                throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has a converter of its own; give it in the context, which this writer consults.");
            }

            json.WritePropertyName(property.Name);
            JsonSerializer.Serialize(json, property.Get!(value), property.PropertyType, typeInfo.Options);
        }
    }
}
