using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Forecasting;

/// <summary>The source-generated (reflection-free) serializer of a rolling back-test's <c>backtest.json</c>, <see cref="RollingBacktestFile"/>.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull)])]
[JsonSerializable(typeof(RollingBacktestFile))]
internal sealed partial class RollingBacktestJsonContext : JsonSerializerContext;
