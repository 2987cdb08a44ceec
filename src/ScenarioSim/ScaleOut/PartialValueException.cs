using System.Text.Json;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// A value of a partial file that is not what its format allows, found while the file's records are read
/// (<see cref="PartialJsonContext"/>'s converters throw it). The serializer sets <see cref="JsonException.Path"/>
/// to where the value is, and <see cref="PartialJsonReader"/> turns it into the file's <see cref="FormatException"/>.
/// </summary>
internal sealed class PartialValueException : JsonException
{
    /// <summary>A problem said of the value at <see cref="JsonException.Path"/>: the message names the field first, e.g. <c>'seed' must be a whole number</c>.</summary>
    /// <param name="predicate">What is wrong, after the field's name: e.g. <c>must be a whole number</c>.</param>
    public PartialValueException(string predicate)
        : base(predicate)
    {
    }

    private PartialValueException(string detail, bool complete)
        : base(detail) =>
        Complete = complete;

    /// <summary>A problem stated in full: the message is <paramref name="detail"/> as it is.</summary>
    /// <param name="detail">The whole problem, e.g. <c>histogram 'metric/x' holds the count 1.5, not a whole number >= 1</c>.</param>
    public static PartialValueException InFull(string detail) => new(detail, complete: true);

    /// <summary>Whether the message is the whole problem rather than a predicate of the field at <see cref="JsonException.Path"/>.</summary>
    public bool Complete { get; }
}
