using System.Text.Json.Serialization;
using ScenarioSim.IO;

namespace ScenarioSim.Output;

/// <summary>
/// The source-generated (reflection-free) serializer of <c>summary.json</c>'s records, <see cref="SummaryFileJson"/>;
/// sweep partials write and read their rows' <c>metrics</c> and <c>exceedance</c> with it too.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    Converters = [typeof(JsonNumberOrNull), typeof(JsonOptionalNumber), typeof(HistogramBinJsonConverter), typeof(KeyDateJsonConverter)])]
[JsonSerializable(typeof(SummaryFileJson))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
