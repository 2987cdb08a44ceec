using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>The source-generated (reflection-free) serializer of <c>sensitivity.json</c>'s records, <see cref="SensitivityFileJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull)])]
[JsonSerializable(typeof(SensitivityFileJson))]
internal sealed partial class SensitivityJsonContext : JsonSerializerContext;
