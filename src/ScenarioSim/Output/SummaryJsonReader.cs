using System.Text.Json;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// Turns the records of a <c>summary.json</c> (<see cref="SummaryFileJson"/>) back into a <see cref="SummaryDocument"/>,
/// naming the first field a summary must have that the file lacks; its metric, exceedance and series readers also
/// read the same records where other files embed them (the rows of sweep partials, <c>compare.json</c>).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
internal sealed class SummaryJsonReader
{
    private static readonly SummaryJsonReader SummaryFile = new(detail => new FormatException($"{RunOutput.SummaryFileName}: {detail}."));

    private readonly Func<string, FormatException> _invalid;
    private readonly bool _numbersMayBeMissing;

    /// <summary>Creates a reader whose problems are reported by <paramref name="invalid"/>, given what is wrong.</summary>
    /// <param name="invalid">Makes the exception for a problem, given what is wrong.</param>
    /// <param name="numbersMayBeMissing">
    /// Whether a statistic or probability the records lack reads as NaN (as <c>compare.json</c>'s reader has always
    /// taken them) rather than as a missing field.
    /// </param>
    public SummaryJsonReader(Func<string, FormatException> invalid, bool numbersMayBeMissing = false)
    {
        _invalid = invalid;
        _numbersMayBeMissing = numbersMayBeMissing;
    }

    /// <summary>The field name of the record member <paramref name="member"/> (its snake_case, as <see cref="SummaryJsonContext"/> names it).</summary>
    public static string FieldName(string member) => JsonNamingPolicy.SnakeCaseLower.ConvertName(member);

    /// <summary>The document <paramref name="file"/> holds.</summary>
    /// <exception cref="FormatException">A field a summary must have is missing.</exception>
    public static SummaryDocument Read(SummaryFileJson file) => SummaryFile.ReadDocument(file);

    /// <summary>The metrics of a <c>metrics</c> object, in its order.</summary>
    public List<MetricSummary> ReadMetrics(OrderedDictionary<string, SummaryMetricJson>? metrics, string member = nameof(SummaryFileJson.Metrics)) =>
        [.. Present(metrics, member).Select(m => ReadMetric(m.Key, m.Value))];

    /// <summary>The exceedances of an <c>exceedance</c> array; every replication is a trial.</summary>
    public List<ExceedanceProbability> ReadExceedances(List<ExceedanceJson>? exceedances, int replications) =>
        [.. Present(exceedances, nameof(SummaryFileJson.Exceedance)).Select(e => new ExceedanceProbability(
            Present(e.Metric, nameof(e.Metric)),
            Number(e.Threshold, nameof(e.Threshold)),
            ReadProportion(e.Probability, e.Ci95Low, e.Ci95High, replications)))];

    /// <summary>The points of a series object (series → region → months), in the file's order.</summary>
    public List<SeriesPoint> ReadSeries(OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>? bySeries, string member = nameof(SummaryFileJson.Series)) =>
        [.. from series in Present(bySeries, member)
            from region in series.Value
            from month in region.Value
            select new SeriesPoint(series.Key, region.Key, Present(month.Month, nameof(month.Month)), ReadStatistics(month))];

    private SummaryDocument ReadDocument(SummaryFileJson file)
    {
        var scenario = Present(file.Scenario, nameof(file.Scenario));
        var metrics = ReadMetrics(file.Metrics);
        int replications = Required(file.Replications, nameof(file.Replications));
        var result = new SimulationResult
        {
            Metrics = metrics,
            Replications = replications,
            Exceedances = ReadExceedances(file.Exceedance, replications),
            Series = ReadSeries(file.Series),
            ScenarioName = Present(scenario.Name, nameof(scenario.Name)),
            Seed = Required(file.Seed, nameof(file.Seed)),
            Version = Present(file.Version, nameof(file.Version)),

            // Added later: absent (older files) reads as empty.
            ByGroup = ReadBreakdowns(file.ByGroup),
            ByRegion = ReadBreakdowns(file.ByRegion),
            GroupSeries = file.SeriesByGroup is null ? [] : ReadSeries(file.SeriesByGroup, nameof(file.SeriesByGroup)),
        };
        return new SummaryDocument(Present(scenario.Sha256, nameof(scenario.Sha256)), result)
        {
            KeyDates = [.. (file.KeyDates ?? []).OfType<KeyDate>()],
        };
    }

    private List<MetricBreakdown> ReadBreakdowns(OrderedDictionary<string, OrderedDictionary<string, SummaryMetricJson>>? breakdowns) =>
        [.. (breakdowns ?? []).Select(b => new MetricBreakdown(b.Key, [.. b.Value.Select(m => ReadMetric(m.Key, m.Value))]))];

    private MetricSummary ReadMetric(string name, SummaryMetricJson metric)
    {
        var statistics = ReadStatistics(metric);
        return new MetricSummary(name, statistics)
        {
            MissingCount = metric.NMissing ?? 0,
            Probability = metric.Probability is null ? null : ReadProportion(metric.Probability, metric.Ci95Low, metric.Ci95High, statistics.Count),
            Histogram = metric.Histogram ?? [],
        };
    }

    private SummaryStatistics ReadStatistics(ISummaryStatisticsJson s) =>
        new(
            Required(s.N, nameof(s.N)),
            Number(s.Mean, nameof(s.Mean)), Number(s.Sd, nameof(s.Sd)), Number(s.Se, nameof(s.Se)),
            Number(s.P05, nameof(s.P05)), Number(s.P25, nameof(s.P25)), Number(s.P50, nameof(s.P50)), Number(s.P75, nameof(s.P75)), Number(s.P95, nameof(s.P95)),
            Number(s.Min, nameof(s.Min)), Number(s.Max, nameof(s.Max)));

    /// <summary>A probability with its interval; the success count is recovered as <c>round(probability · trials)</c>.</summary>
    private Proportion ReadProportion(double? probability, double? ci95Low, double? ci95High, long trials)
    {
        double p = Number(probability, nameof(ExceedanceJson.Probability));
        long successes = double.IsFinite(p) ? (long)Math.Round(p * trials) : 0;
        return new Proportion(successes, trials, p, Number(ci95Low, nameof(ExceedanceJson.Ci95Low)), Number(ci95High, nameof(ExceedanceJson.Ci95High)));
    }

    private double Number(double? value, string member) =>
        value ?? (_numbersMayBeMissing ? double.NaN : throw Missing(member));

    private T Required<T>(T? value, string member)
        where T : struct =>
        value ?? throw Missing(member);

    private T Present<T>(T? value, string member)
        where T : class =>
        value ?? throw Missing(member);

    private FormatException Missing(string member) => _invalid($"the field '{FieldName(member)}' is missing");
}
