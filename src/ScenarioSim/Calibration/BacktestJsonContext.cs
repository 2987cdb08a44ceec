using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Calibration;

/// <summary>The source-generated (reflection-free) serializer of the in-sample <c>backtest.json</c>'s records, <see cref="BacktestFileJson"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull)])]
[JsonSerializable(typeof(BacktestFileJson))]
internal sealed partial class BacktestJsonContext : JsonSerializerContext;
