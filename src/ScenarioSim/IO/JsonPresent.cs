using System.Text.Json.Serialization;

namespace ScenarioSim.IO;

/// <summary>
/// A member a writer always writes, <c>null</c> included, so that a reader must find it: a member the file does not
/// have reads as not <see cref="IsPresent"/>, while <c>null</c> in the file reads as present with the value
/// <see langword="null"/> (the serializer's own handling of a nullable member would read both as <see langword="null"/>).
/// Written and read as its <see cref="Value"/> would be (<see cref="JsonPresentConverter{T}"/>).
/// </summary>
/// <typeparam name="T">The member's type as the file holds it, e.g. <c>long?</c>.</typeparam>
internal readonly struct JsonPresent<T>
{
    /// <summary>A member the file has, with its value.</summary>
    public JsonPresent(T value)
    {
        Value = value;
        IsPresent = true;
    }

    /// <summary>The value in the file; <c>default</c> when the member is not there.</summary>
    public T Value { get; }

    /// <summary>Whether the file has the member.</summary>
    [JsonIgnore]
    public bool IsPresent { get; }

    /// <summary>A member to write, with its value.</summary>
    public static implicit operator JsonPresent<T>(T value) => new(value);

    /// <summary>The value, or <paramref name="missing"/>'s exception when the member is not there.</summary>
    public T Or(Func<Exception> missing) => IsPresent ? Value : throw missing();
}
