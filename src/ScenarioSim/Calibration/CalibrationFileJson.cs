using System.Text.Json.Serialization;

namespace ScenarioSim.Calibration;

/// <summary>
/// <c>calibration.json</c> as written by <see cref="CalibrationOutput"/> (nothing reads it back). Names are the
/// members' snake_case (<see cref="CalibrationJsonContext"/>); a <see langword="null"/> member is left out, a NaN
/// number is written as <c>null</c>. Without militia parameters, <c>observation_model</c>, <c>log_likelihood</c>
/// and <c>aic</c> are written as <c>null</c> and the other militia members left out.
/// </summary>
/// <param name="Scenario">The scenario fitted.</param>
/// <param name="Data">The observed-events file and its row counts.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Parameters">Each fitted parameter's estimate, keyed by its path, in the order given.</param>
/// <param name="ObservationModel">The militia counts' observation model; <see langword="null"/> without militia parameters.</param>
/// <param name="Excitation">The chosen excitation.</param>
/// <param name="LogLikelihood">The militia fit's log-likelihood (NaN without militia parameters).</param>
/// <param name="ParameterCount">The militia fit's parameter count.</param>
/// <param name="Aic">The militia fit's AIC (NaN without militia parameters).</param>
/// <param name="MilitiaRows">The militia rows fitted.</param>
/// <param name="Models">The models compared.</param>
/// <param name="Isis">The ISIS fit by simulated moments, when there was one.</param>
/// <param name="GoodnessOfFit">The predictive checks.</param>
/// <param name="Warnings">The fits' warnings, militia first.</param>
internal sealed record CalibrationFileJson(
    ScenarioStamp Scenario,
    CalibrationDataJson Data,
    string Version,
    OrderedDictionary<string, EstimateJson> Parameters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] ObservationModelJson? ObservationModel,
    string? Excitation,
    double LogLikelihood,
    int? ParameterCount,
    double Aic,
    int? MilitiaRows,
    List<ModelComparisonJson>? Models,
    IsisFitJson? Isis,
    GoodnessOfFitJson GoodnessOfFit,
    List<string> Warnings);

/// <summary>The observed-events file: its path as given, its rows and those of each series.</summary>
internal sealed record CalibrationDataJson(string File, int Rows, int MilitiaRows, int IsisRows);

/// <summary>
/// An estimate with its standard error and 95% interval; for a fitted parameter also how it was fitted and its
/// bounds (an infinite bound is written as <c>null</c>), left out for the negative binomial size.
/// </summary>
internal sealed record EstimateJson(
    double Estimate,
    double Se,
    double Ci95Low,
    double Ci95High,
    string Interval,
    string? Method = null,
    double? LowerBound = null,
    double? UpperBound = null);

/// <summary>The observation model's name (<c>poisson</c> or <c>negbin</c>) and, for <c>negbin</c>, the size's estimate.</summary>
internal sealed record ObservationModelJson(string Name, EstimateJson? NegativeBinomialSize = null);

/// <summary>One militia model compared by AIC.</summary>
internal sealed record ModelComparisonJson(string Excitation, string Observation, double LogLikelihood, int ParameterCount, double Aic, bool Chosen);

/// <summary>The ISIS fit by simulated moments: its criterion, the rows it matched and the simulations behind it.</summary>
internal sealed record IsisFitJson(string Method, double Objective, int Rows, int Replications, ulong Seed);

/// <summary>The predictive checks: the simulations behind them, how many rows fall in their 90% interval, Pearson's χ² and each row's check.</summary>
internal sealed record GoodnessOfFitJson(
    int Replications,
    ulong Seed,
    int Rows,
    [property: JsonPropertyName("in_interval_90")] int InInterval90,
    double PearsonChi2,
    List<PredictiveCheckJson> Checks);

/// <summary>One observed row against its simulated distribution (<see cref="PredictiveCheck"/>).</summary>
internal sealed record PredictiveCheckJson : ObservedRowJson
{
    /// <summary>The row's fields and <paramref name="check"/>'s.</summary>
    public PredictiveCheckJson(PredictiveCheck check)
        : base(check.Row)
    {
        Mean = check.Mean;
        P05 = check.P05;
        P50 = check.P50;
        P95 = check.P95;
        UpperTail = check.UpperTail;
        Pearson = check.Pearson;
        InInterval90 = check.InInterval90;
    }

    /// <summary>The simulated mean.</summary>
    public double Mean { get; }

    /// <summary>The simulated 5% quantile.</summary>
    public double P05 { get; }

    /// <summary>The simulated median.</summary>
    public double P50 { get; }

    /// <summary>The simulated 95% quantile.</summary>
    public double P95 { get; }

    /// <summary>P(simulated ≥ observed).</summary>
    public double UpperTail { get; }

    /// <summary>The row's Pearson residual squared (NaN when the simulations do not vary).</summary>
    public double Pearson { get; }

    /// <summary>The observed count lies in the simulated 90% interval.</summary>
    [JsonPropertyName("in_interval_90")]
    public bool InInterval90 { get; }
}
