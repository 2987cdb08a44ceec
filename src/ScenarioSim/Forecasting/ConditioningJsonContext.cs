using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Forecasting;

/// <summary>The source-generated (reflection-free) serializer of <c>conditioning.json</c>, <see cref="ConditioningFileJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull)])]
[JsonSerializable(typeof(ConditioningFileJson))]
internal sealed partial class ConditioningJsonContext : JsonSerializerContext;
