using System.Globalization;
using System.Text.Json;
using ScenarioSim.Results;
using F = ScenarioSim.Output.SummaryJsonFields;

namespace ScenarioSim.Output;

/// <summary>
/// Turns a parsed <c>summary.json</c> back into a <see cref="SummaryDocument"/>; its metric and exceedance
/// readers also read the same blocks where other files embed them (the rows of sweep partials).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
internal sealed class SummaryJsonReader
{
    private static readonly SummaryJsonReader SummaryFile = new(detail => new FormatException($"summary.json: {detail}."));

    private readonly Func<string, FormatException> _invalid;

    /// <summary>Creates a reader whose problems are reported by <paramref name="invalid"/>, given what is wrong.</summary>
    public SummaryJsonReader(Func<string, FormatException> invalid) => _invalid = invalid;

    public static SummaryDocument Read(JsonElement root) => SummaryFile.ReadDocument(root);

    /// <summary>The <c>metrics</c> object of <paramref name="parent"/>, in its order.</summary>
    public List<MetricSummary> ReadMetrics(JsonElement parent) =>
        Property(parent, F.Metrics, JsonValueKind.Object)
            .EnumerateObject()
            .Select(ReadMetric)
            .ToList();

    /// <summary>The <c>exceedance</c> array of <paramref name="parent"/>; every replication is a trial.</summary>
    public List<ExceedanceProbability> ReadExceedances(JsonElement parent, int replications) =>
        Property(parent, F.Exceedance, JsonValueKind.Array)
            .EnumerateArray()
            .Select(e => new ExceedanceProbability(String(e, F.Metric), Number(e, F.Threshold), ReadProportion(e, replications)))
            .ToList();

    private SummaryDocument ReadDocument(JsonElement root)
    {
        var scenario = Property(root, F.Scenario, JsonValueKind.Object);
        var metrics = ReadMetrics(root);
        var replications = (int)Long(root, F.Replications);

        // Exceedances carry no n of their own: every replication is a trial.
        var exceedances = ReadExceedances(root, replications);
        var series = ReadSeries(Property(root, F.Series, JsonValueKind.Object));

        var result = new SimulationResult
        {
            ScenarioName = String(scenario, F.Name),
            Seed = Property(root, F.Seed, JsonValueKind.Number).GetUInt64(),
            Replications = replications,
            Version = String(root, F.Version),
            Metrics = metrics,
            Exceedances = exceedances,
            Series = series,
            ByGroup = ReadBreakdowns(root, F.ByGroup),
            ByRegion = ReadBreakdowns(root, F.ByRegion),
            GroupSeries = root.TryGetProperty(F.SeriesByGroup, out var groupSeries)
                ? ReadSeries(Expect(groupSeries, JsonValueKind.Object, F.SeriesByGroup))
                : [],
        };
        return new SummaryDocument(String(scenario, F.Sha256), result) { KeyDates = ReadKeyDates(root) };
    }

    private List<SeriesPoint> ReadSeries(JsonElement seriesObject)
    {
        var series = new List<SeriesPoint>();
        foreach (var s in seriesObject.EnumerateObject())
        {
            foreach (var region in Expect(s.Value, JsonValueKind.Object, s.Name).EnumerateObject())
            {
                foreach (var point in Expect(region.Value, JsonValueKind.Array, region.Name).EnumerateArray())
                {
                    series.Add(new SeriesPoint(s.Name, region.Name, String(point, F.Month), ReadStatistics(point)));
                }
            }
        }

        return series;
    }

    /// <summary>The optional <c>by_group</c> or <c>by_region</c>; absent (older files) reads as empty.</summary>
    private List<MetricBreakdown> ReadBreakdowns(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var breakdowns))
        {
            return [];
        }

        return Expect(breakdowns, JsonValueKind.Object, name)
            .EnumerateObject()
            .Select(b => new MetricBreakdown(
                b.Name,
                Expect(b.Value, JsonValueKind.Object, b.Name).EnumerateObject().Select(ReadMetric).ToList()))
            .ToList();
    }

    /// <summary>The optional <c>key_dates</c>; absent means none, and entries without a valid date are skipped.</summary>
    private static List<KeyDate> ReadKeyDates(JsonElement root)
    {
        var keyDates = new List<KeyDate>();
        if (!root.TryGetProperty(F.KeyDates, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return keyDates;
        }

        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object
                && entry.TryGetProperty(F.Date, out var date) && date.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                string label = entry.TryGetProperty(F.Label, out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : string.Empty;
                keyDates.Add(new KeyDate(parsed, label));
            }
        }

        return keyDates;
    }

    private MetricSummary ReadMetric(JsonProperty metric)
    {
        var element = Expect(metric.Value, JsonValueKind.Object, metric.Name);
        var statistics = ReadStatistics(element);
        return new MetricSummary(metric.Name, statistics)
        {
            MissingCount = Long(element, F.NMissing, fallback: 0),
            Probability = element.TryGetProperty(F.Probability, out _)
                ? ReadProportion(element, statistics.Count)
                : null,
            Histogram = ReadHistogram(element),
        };
    }

    /// <summary>The optional <c>histogram</c>: <c>[lower, upper, count]</c> triples; absent (older files) reads as empty.</summary>
    private static IReadOnlyList<HistogramBin> ReadHistogram(JsonElement metric)
    {
        if (!metric.TryGetProperty(F.Histogram, out var bins) || bins.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return bins.EnumerateArray()
            .Where(b => b.ValueKind == JsonValueKind.Array && b.GetArrayLength() == 3)
            .Select(b => new HistogramBin(b[0].GetDouble(), b[1].GetDouble(), b[2].GetInt64()))
            .ToList();
    }

    private SummaryStatistics ReadStatistics(JsonElement e) =>
        new(
            Long(e, F.N),
            Number(e, F.Mean), Number(e, F.Sd), Number(e, F.Se),
            Number(e, F.P05), Number(e, F.P25), Number(e, F.P50), Number(e, F.P75), Number(e, F.P95),
            Number(e, F.Min), Number(e, F.Max));

    private Proportion ReadProportion(JsonElement e, long trials)
    {
        double probability = Number(e, F.Probability);
        long successes = double.IsFinite(probability) ? (long)Math.Round(probability * trials) : 0;
        return new Proportion(successes, trials, probability, Number(e, F.Ci95Low), Number(e, F.Ci95High));
    }

    private JsonElement Property(JsonElement e, string name, JsonValueKind kind) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var value)
            ? Expect(value, kind, name)
            : throw _invalid($"the field '{name}' is missing");

    private JsonElement Expect(JsonElement e, JsonValueKind kind, string name) =>
        e.ValueKind == kind
            ? e
            : throw _invalid($"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}, but was {e.ValueKind.ToString().ToLowerInvariant()}");

    private string String(JsonElement e, string name) => Property(e, name, JsonValueKind.String).GetString()!;

    private long Long(JsonElement e, string name) => Property(e, name, JsonValueKind.Number).GetInt64();

    private long Long(JsonElement e, string name, long fallback) =>
        e.TryGetProperty(name, out _) ? Long(e, name) : fallback;

    private double Number(JsonElement e, string name)
    {
        if (e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null)
        {
            return double.NaN;
        }

        return Property(e, name, JsonValueKind.Number).GetDouble();
    }
}
