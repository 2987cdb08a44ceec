using System.Text.Json.Serialization;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The source-generated (reflection-free) serializer of the partial files' records: the header every partial
/// starts with (<see cref="PartialHeaderJson"/>) and the partial-result file (<see cref="PartialResultFileJson"/>).
/// Strings and whole numbers are read strictly (<see cref="PartialJsonScalars"/>); <c>null</c> is written, not left out.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(PartialJsonScalars.Text), typeof(PartialJsonScalars.Whole), typeof(PartialJsonScalars.Unsigned), typeof(ShardSpecJson)])]
[JsonSerializable(typeof(PartialHeaderJson))]
[JsonSerializable(typeof(PartialResultFileJson))]
internal sealed partial class PartialJsonContext : JsonSerializerContext;
