using System.Text.Json.Serialization;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The source-generated (reflection-free) serializer of the analysis partial files' records: the stamp every
/// analysis partial shares (<see cref="PointShardHeadJson"/>, <see cref="PointShardRangeJson"/>, <see cref="PointRowJson"/>)
/// and what the sensitivity partial adds (<see cref="SensitivityDesignPartJson"/>, <see cref="SensitivityRowJson"/>).
/// Values are read strictly (<see cref="PartialJsonScalars"/>); <c>null</c> is written, except for the other
/// method's members of a sensitivity design.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(PartialJsonScalars.Text), typeof(PartialJsonScalars.Whole), typeof(PartialJsonScalars.Unsigned), typeof(PartialJsonScalars.Finite), typeof(ShardSpecJson)])]
[JsonSerializable(typeof(PointShardHeadJson))]
[JsonSerializable(typeof(PointShardRangeJson))]
[JsonSerializable(typeof(PointRowJson))]
[JsonSerializable(typeof(SensitivityDesignPartJson))]
[JsonSerializable(typeof(SensitivityRowJson))]
internal sealed partial class PointShardJsonContext : JsonSerializerContext;
