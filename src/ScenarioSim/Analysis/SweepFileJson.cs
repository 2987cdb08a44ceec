namespace ScenarioSim.Analysis;

/// <summary>
/// <c>sweep.json</c> as written and read: <see cref="SweepJson"/> writes these records and reads them back
/// (<see cref="SweepOutput.ReadJson"/>, which the report uses). Names are the members' snake_case
/// (<see cref="SweepJsonContext"/>); a <see langword="null"/> member is left out, a NaN number is written as <c>null</c>.
/// </summary>
/// <param name="Design">How the points were chosen.</param>
/// <param name="Points">The design's points.</param>
/// <param name="Seed">The seed every point ran with.</param>
/// <param name="Replications">Replications per point.</param>
/// <param name="Factors">Each factor's range, keyed by its override path, in the order given.</param>
/// <param name="DesignCorrelation">How correlated the factors are over the points.</param>
/// <param name="Metamodel">What the metamodel is, for a reader of the file.</param>
/// <param name="Metrics">Each metric's metamodel, keyed by the metric's name.</param>
internal sealed record SweepFileJson(
    string Design,
    int Points,
    ulong Seed,
    int Replications,
    OrderedDictionary<string, SweepFactorJson> Factors,
    SweepCorrelationJson DesignCorrelation,
    string Metamodel,
    OrderedDictionary<string, SweepMetricJson> Metrics);

/// <summary>A factor's range.</summary>
internal sealed record SweepFactorJson(double Low = double.NaN, double High = double.NaN);

/// <summary>The largest absolute correlation between two factors over the points, and the condition number of their correlation matrix.</summary>
internal sealed record SweepCorrelationJson(double MaxAbs = double.NaN, double ConditionNumber = double.NaN);

/// <summary>
/// A metric's first-order metamodel: its fit, intercept, a coefficient per varied factor and the factors ranked by
/// the size of their effect; or, when no fit is possible, only <paramref name="Note"/> saying why.
/// </summary>
/// <param name="Points">The points with a mean of the metric.</param>
/// <param name="Note">Why there is no fit; <see langword="null"/> when there is one.</param>
/// <param name="RSquared">The fit's R².</param>
/// <param name="Intercept">The metric's mean at the design's centre.</param>
/// <param name="Coefficients">Per varied factor, keyed by its path: half the change across its range.</param>
/// <param name="Ranking">The factors, largest absolute effect first (written for readers; recomputed when read).</param>
internal sealed record SweepMetricJson(
    int Points,
    string? Note = null,
    double? RSquared = null,
    MetamodelTermJson? Intercept = null,
    OrderedDictionary<string, MetamodelTermJson>? Coefficients = null,
    List<string>? Ranking = null);

/// <summary>A metamodel term's estimate, standard error and 95% interval.</summary>
internal sealed record MetamodelTermJson(
    double Estimate = double.NaN,
    double Se = double.NaN,
    double Ci95Low = double.NaN,
    double Ci95High = double.NaN);
