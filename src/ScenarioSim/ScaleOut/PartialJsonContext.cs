using System.Text.Json.Serialization;
using ScenarioSim.Engine;
using ScenarioSim.IO;

namespace ScenarioSim.ScaleOut;

/// <summary>
/// The source-generated (reflection-free) serializer of the partial files' records: the header every partial
/// starts with (<see cref="PartialHeaderJson"/>) and the partial-result file (<see cref="PartialResultFileJson"/>).
/// Strings and whole numbers are read strictly (<see cref="PartialJsonScalars"/>); <c>null</c> is written, not left out, and
/// a member that may be <c>null</c> but must be there is <see cref="JsonPresent{T}"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(PartialJsonScalars.Text), typeof(PartialJsonScalars.Whole), typeof(PartialJsonScalars.Unsigned), typeof(ShardSpecJson), typeof(JsonPresentConverter<long?>), typeof(JsonPresentConverter<ShardSpec?>)])]
[JsonSerializable(typeof(PartialHeaderJson))]
[JsonSerializable(typeof(PartialResultFileJson))]
[JsonSerializable(typeof(ShardSpec?))]
internal sealed partial class PartialJsonContext : JsonSerializerContext;
