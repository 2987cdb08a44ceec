using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// <c>summary.json</c> as written and read: <see cref="SummaryJson"/> writes these records and reads them back by the
/// same records, so the two share one set of field names and one order. Names are the members' snake_case
/// (<see cref="SummaryJsonContext"/>); a <see langword="null"/> member is left out, a NaN number is written as
/// <c>null</c>. Every member is optional to the serializer so that <see cref="SummaryJsonReader"/> can name the
/// field a file lacks; which fields a summary must have is its rule. The last five members were added later and
/// are written only when they have entries, so files without them keep their bytes.
/// </summary>
/// <param name="Scenario">The scenario's name and fingerprint.</param>
/// <param name="Seed">The seed of the run.</param>
/// <param name="Replications">Replications run; every exceedance is over them.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Metrics">Each metric's summary, keyed by its name, in the run's order.</param>
/// <param name="Exceedance">Each threshold's probability, in the scenario's order.</param>
/// <param name="Series">Series → region → months.</param>
/// <param name="KeyDates">Dates the report marks on its time charts; read leniently (<see cref="KeyDateJsonConverter"/>).</param>
/// <param name="ByGroup">Per group, its metrics as in <paramref name="Metrics"/>.</param>
/// <param name="ByRegion">Per region, its metrics as in <paramref name="Metrics"/>.</param>
/// <param name="SeriesByGroup">Series → group → months.</param>
internal sealed record SummaryFileJson(
    SummaryScenarioJson? Scenario = null,
    ulong? Seed = null,
    int? Replications = null,
    string? Version = null,
    OrderedDictionary<string, SummaryMetricJson>? Metrics = null,
    List<ExceedanceJson>? Exceedance = null,
    OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>? Series = null,
    List<KeyDate?>? KeyDates = null,
    OrderedDictionary<string, OrderedDictionary<string, SummaryMetricJson>>? ByGroup = null,
    OrderedDictionary<string, OrderedDictionary<string, SummaryMetricJson>>? ByRegion = null,
    OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>? SeriesByGroup = null);

/// <summary>The scenario a summary is of: its name and the SHA-256 of its canonical form.</summary>
internal sealed record SummaryScenarioJson(string? Name = null, string? Sha256 = null);

/// <summary>
/// The fields of a summary of values over replications, <c>n, mean, sd, se, p05 … p95, min, max</c>, which a metric
/// and a month of a series both have (the serializer cannot share them as a nested record: they sit in the object
/// beside the metric's or month's own fields).
/// </summary>
internal interface ISummaryStatisticsJson
{
    /// <summary>Replications with a value.</summary>
    long? N { get; }

    /// <summary>The mean.</summary>
    double? Mean { get; }

    /// <summary>The standard deviation.</summary>
    double? Sd { get; }

    /// <summary>The standard error of the mean.</summary>
    double? Se { get; }

    /// <summary>The 5th percentile.</summary>
    double? P05 { get; }

    /// <summary>The 25th percentile.</summary>
    double? P25 { get; }

    /// <summary>The median.</summary>
    double? P50 { get; }

    /// <summary>The 75th percentile.</summary>
    double? P75 { get; }

    /// <summary>The 95th percentile.</summary>
    double? P95 { get; }

    /// <summary>The smallest value.</summary>
    double? Min { get; }

    /// <summary>The largest value.</summary>
    double? Max { get; }
}

/// <summary>
/// A metric's summary: its statistics; <paramref name="NMissing"/> for a metric that may have no value (and whenever
/// some replication lacks one); the probability of 1 and its interval for a 0/1 metric; the histogram when it has bins,
/// each <c>[lower, upper, count]</c> (<see cref="HistogramBinJsonConverter"/>).
/// </summary>
internal sealed record SummaryMetricJson(
    long? N = null,
    double? Mean = null,
    double? Sd = null,
    double? Se = null,
    double? P05 = null,
    double? P25 = null,
    double? P50 = null,
    double? P75 = null,
    double? P95 = null,
    double? Min = null,
    double? Max = null,
    long? NMissing = null,
    double? Probability = null,
    double? Ci95Low = null,
    double? Ci95High = null,
    List<HistogramBin>? Histogram = null) : ISummaryStatisticsJson;

/// <summary>The probability that a metric exceeds a threshold, with its interval; every replication is a trial.</summary>
internal sealed record ExceedanceJson(
    string? Metric = null,
    double? Threshold = null,
    double? Probability = null,
    double? Ci95Low = null,
    double? Ci95High = null);

/// <summary>
/// One month of a series, <c>{ month, n, mean, sd, se, p05 … p95, min, max }</c>, as <c>summary.json</c> and
/// <c>compare.json</c> hold it: series → region → [ month ].
/// </summary>
internal sealed record SeriesMonthJson(
    string? Month = null,
    long? N = null,
    double? Mean = null,
    double? Sd = null,
    double? Se = null,
    double? P05 = null,
    double? P25 = null,
    double? P50 = null,
    double? P75 = null,
    double? P95 = null,
    double? Min = null,
    double? Max = null) : ISummaryStatisticsJson;
