using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Calibration;

/// <summary>The source-generated (reflection-free) serializer of <c>calibration.json</c>'s records, <see cref="CalibrationFileJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull)])]
[JsonSerializable(typeof(CalibrationFileJson))]
internal sealed partial class CalibrationJsonContext : JsonSerializerContext;
