using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>The source-generated (reflection-free) serializer of <c>compare.json</c>'s records, <see cref="CompareFileJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull), typeof(JsonOptionalNumber)])]
[JsonSerializable(typeof(CompareFileJson))]
internal sealed partial class CompareJsonContext : JsonSerializerContext;
