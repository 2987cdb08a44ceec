using ScenarioSim.Output;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>
/// <c>compare.json</c> as written and read: <see cref="ComparisonOutput"/> writes these records and the report
/// reads them back (<see cref="ComparisonOutput.ReadJson"/>), so the two share one set of field names and one
/// order. Property names are the snake_case of the members (<see cref="CompareJsonContext"/>); a member that is
/// <see langword="null"/> is left out, and a NaN number is written as <c>null</c>.
/// </summary>
/// <param name="Seed">The seed every scenario ran with.</param>
/// <param name="Replications">Replications per scenario.</param>
/// <param name="Version">The library version that wrote the file.</param>
/// <param name="Reference">The reference scenario's name: the first of <paramref name="Scenarios"/>, which every other is compared with.</param>
/// <param name="Difference">How a difference is taken, for a reader of the file.</param>
/// <param name="Interval">How its interval is computed, for a reader of the file.</param>
/// <param name="Scenarios">Every scenario's summaries, the reference first.</param>
/// <param name="Differences">Each later scenario's paired differences from the reference, in order.</param>
internal sealed record CompareFileJson(
    ulong Seed,
    int Replications,
    string Version,
    string Reference,
    string Difference,
    string Interval,
    List<CompareScenarioJson> Scenarios,
    List<CompareDifferencesJson> Differences);

/// <summary>One scenario's summaries; <paramref name="Series"/> (summary.json's shape) only when computed.</summary>
internal sealed record CompareScenarioJson(
    string Name,
    string Sha256,
    OrderedDictionary<string, CompareMetricJson> Metrics,
    OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>? Series = null);

/// <summary>
/// A metric's summary with the field names of <c>summary.json</c> but <c>n_missing</c> always present and right
/// after <c>n</c>; the probability and its interval only for 0/1 metrics.
/// </summary>
internal sealed record CompareMetricJson(
    long N,
    long NMissing,
    double Mean = double.NaN,
    double Sd = double.NaN,
    double Se = double.NaN,
    double P05 = double.NaN,
    double P25 = double.NaN,
    double P50 = double.NaN,
    double P75 = double.NaN,
    double P95 = double.NaN,
    double Min = double.NaN,
    double Max = double.NaN,
    double? Probability = null,
    double? Ci95Low = null,
    double? Ci95High = null);

/// <summary>A later scenario's paired differences from the reference; <paramref name="Series"/> (series → <c>all</c> → months) only when computed.</summary>
internal sealed record CompareDifferencesJson(
    string Scenario,
    OrderedDictionary<string, PairedDifferenceJson> Metrics,
    OrderedDictionary<string, OrderedDictionary<string, List<MonthlyDifferenceJson>>>? Series = null);

/// <summary>
/// A metric's paired difference. The percent change comes last: it was added after the other fields, which
/// keep their order. Infinite (the pairs never differ) and undefined variance reductions are both <c>null</c>;
/// <c>variance_difference</c> = 0 with <c>variance_independent</c> &gt; 0 tells the first.
/// </summary>
internal sealed record PairedDifferenceJson(
    double Mean = double.NaN,
    double Ci95Low = double.NaN,
    double Ci95High = double.NaN,
    double VarianceReduction = double.NaN,
    long NPairs = 0,
    long NUnpaired = 0,
    double Sd = double.NaN,
    double Se = double.NaN,
    double VarianceIndependent = double.NaN,
    double VarianceDifference = double.NaN,
    double ReferenceMean = double.NaN,
    double PercentChange = double.NaN,
    double PercentChangeCi95Low = double.NaN,
    double PercentChangeCi95High = double.NaN);

/// <summary>One month's paired difference of a series' all-region total: the fields of <see cref="PairedDifferenceJson"/> a month has.</summary>
internal sealed record MonthlyDifferenceJson(
    string Month,
    double Mean = double.NaN,
    double Ci95Low = double.NaN,
    double Ci95High = double.NaN,
    long NPairs = 0,
    double Se = double.NaN,
    double ReferenceMean = double.NaN,
    double PercentChange = double.NaN,
    double PercentChangeCi95Low = double.NaN,
    double PercentChangeCi95High = double.NaN);
