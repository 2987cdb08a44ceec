using System.Text.Json.Serialization;

namespace ScenarioSim.Analysis;

/// <summary>
/// What a sensitivity partial file (<see cref="SensitivityPartialJson"/>) adds to the stamp of every analysis
/// partial (<see cref="PointShardJson"/>): the metric and the design's settings, as written and read.
/// </summary>
/// <param name="Metric">The metric whose mean is the output.</param>
/// <param name="Design">The design's method and settings.</param>
internal sealed record SensitivityDesignPartJson(string? Metric, SensitivityDesignJson? Design);

/// <summary>
/// A sensitivity design: <c>sobol</c> with its sampling and samples, or <c>morris</c> with its trajectories and
/// levels (the other method's members are <see langword="null"/> and left out), then the bootstrap and the seed.
/// </summary>
internal sealed record SensitivityDesignJson(
    string? Method,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sampling = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Samples = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Trajectories = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Levels = null,
    long? Bootstrap = null,
    ulong? Seed = null);

/// <summary>What a sensitivity partial's row adds to the point and its values: the model output there, the metric's mean.</summary>
internal sealed record SensitivityRowJson(double? Output);
