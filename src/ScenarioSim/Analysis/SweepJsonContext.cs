using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>The source-generated (reflection-free) serializer of <c>sweep.json</c>'s records, <see cref="SweepFileJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull)])]
[JsonSerializable(typeof(SweepFileJson))]
internal sealed partial class SweepJsonContext : JsonSerializerContext;
