using System.Text.Json.Serialization;

namespace ScenarioSim.Analysis;

/// <summary>
/// <c>sensitivity.json</c> as written and read, for both methods: <see cref="SensitivityOutput"/> writes these
/// records and reads them back (<see cref="SensitivityOutput.ReadJson"/>, which the report uses). A Sobol' file
/// has <see cref="Sampling"/>, <see cref="Estimators"/> and the output's moments; a Morris file
/// <see cref="Trajectories"/>, <see cref="Levels"/> and <see cref="Effects"/>; the other method's
/// members are <see langword="null"/> and left out; a <c>required</c> member missing from a file is an error. Names are the members' snake_case (<see cref="SensitivityJsonContext"/>).
/// </summary>
internal sealed record SensitivityFileJson
{
    /// <summary>The scenario analysed.</summary>
    public required SensitivityScenarioJson Scenario { get; init; }

    /// <summary>The metric whose sensitivity is measured.</summary>
    public required string Metric { get; init; }

    /// <summary><c>sobol</c> or <c>morris</c>.</summary>
    public required string Method { get; init; }

    /// <summary>Replications per evaluated point.</summary>
    public required int Replications { get; init; }

    /// <summary>The seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The library version that wrote the file.</summary>
    public required string Version { get; init; }

    /// <summary>Sobol': <c>sobol-sequence</c> or <c>latin-hypercube</c>.</summary>
    public string? Sampling { get; init; }

    /// <summary>Base samples (Sobol') or trajectories (Morris).</summary>
    public required int Samples { get; init; }

    /// <summary>Morris: the trajectories.</summary>
    public int? Trajectories { get; init; }

    /// <summary>Morris: the grid's levels.</summary>
    public int? Levels { get; init; }

    /// <summary>Scenario evaluations run.</summary>
    public required int Evaluations { get; init; }

    /// <summary>Bootstrap resamples behind the intervals.</summary>
    public required int Bootstrap { get; init; }

    /// <summary>Sobol': the estimators, for a reader of the file.</summary>
    public string? Estimators { get; init; }

    /// <summary>Morris: how effects are measured, for a reader of the file.</summary>
    public string? Effects { get; init; }

    /// <summary>Sobol': the metric's mean over the evaluations (NaN is written as <c>null</c>).</summary>
    public double? OutputMean { get; init; }

    /// <summary>Sobol': the metric's variance over the evaluations.</summary>
    public double? OutputVariance { get; init; }

    /// <summary>Per parameter, keyed by its override path in the order given.</summary>
    public required OrderedDictionary<string, SensitivityIndexJson> Indices { get; init; }
}

/// <summary>The scenario analysed: its name and fingerprint.</summary>
internal sealed record SensitivityScenarioJson(string Name, string Sha256);

/// <summary>
/// One parameter's Sobol' indices (with bootstrap intervals and standard errors) or Morris statistics, and the
/// range it was varied over. A NaN estimate is written as <c>null</c>.
/// </summary>
internal sealed record SensitivityIndexJson(
    [property: JsonPropertyName("S1")] double? S1 = null,
    [property: JsonPropertyName("S1_ci95_low")] double? S1Ci95Low = null,
    [property: JsonPropertyName("S1_ci95_high")] double? S1Ci95High = null,
    [property: JsonPropertyName("ST")] double? ST = null,
    [property: JsonPropertyName("ST_ci95_low")] double? STCi95Low = null,
    [property: JsonPropertyName("ST_ci95_high")] double? STCi95High = null,
    [property: JsonPropertyName("S1_se")] double? S1Se = null,
    [property: JsonPropertyName("ST_se")] double? STSe = null,
    double? MuStar = null,
    [property: JsonPropertyName("mu_star_ci95_low")] double? MuStarCi95Low = null,
    [property: JsonPropertyName("mu_star_ci95_high")] double? MuStarCi95High = null,
    double? Mu = null,
    double? Sigma = null,
    double Low = double.NaN,
    double High = double.NaN);
