using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Output;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Reporting;

/// <summary>Hand-built summaries for the report tests: a year of monthly series with distinct quantiles.</summary>
internal static class SampleReports
{
    /// <summary>A name with every markup character, to prove escaping.</summary>
    public const string HostileName = "drawdown <b>\"fast\"</b> & 'soon'";

    public const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    public static IReadOnlyList<string> Months { get; } =
        Enumerable.Range(1, 12).Select(m => string.Create(CultureInfo.InvariantCulture, $"2025-{m:00}")).ToList();

    /// <summary>Quantiles spread around <paramref name="median"/>: p05 = m − 2s, p25 = m − s, p75 = m + s, p95 = m + 3s.</summary>
    public static SummaryStatistics Spread(double median, double spread, long n = 500) =>
        new(n, median + (spread / 4), spread, spread / Math.Sqrt(n),
            median - (2 * spread), median - spread, median, median + spread, median + (3 * spread),
            median - (3 * spread), median + (5 * spread));

    public static SummaryDocument Summary() => new(Sha, Result())
    {
        KeyDates =
        [
            new KeyDate(new DateOnly(2025, 3, 31), "us anbar starts 900 → 0"),
            new KeyDate(new DateOnly(2025, 6, 30), "us anbar reaches 0; event <collapse> & more"),
        ],
    };

    /// <summary>
    /// An attribution of two metrics to three parameters, rows deliberately not in contribution order;
    /// the parameter names carry markup characters to prove escaping.
    /// </summary>
    public static IReadOnlyList<MetricAttribution> Attribution() =>
    [
        new MetricAttribution(MetricNames.MilitiaAttacksTotal,
        [
            new ParameterContribution("isis.recruitment_rate", 0.1, 0.02),
            new ParameterContribution("regions[0].militia.base_rate", 0.6, 0.72),
            new ParameterContribution("militia.casualties.p_fatal <&>", -0.3, 0.26),
        ]),
        new MetricAttribution(MetricNames.IsisFightersEnd,
        [
            new ParameterContribution("regions[0].militia.base_rate", 0, 0),
            new ParameterContribution("isis.recruitment_rate", -0.9, 1),
            new ParameterContribution("militia.casualties.p_fatal <&>", 0, 0),
        ]),
    ];

    public static SimulationResult Result()
    {
        var series = new List<SeriesPoint>();
        for (int i = 0; i < Months.Count; i++)
        {
            string month = Months[i];
            series.Add(new SeriesPoint(SeriesNames.Troops, SeriesNames.AllRegions, month, Spread(2_000 - (100 * i), 20 + i)));
            series.Add(new SeriesPoint(SeriesNames.Troops, "anbar", month, Spread(Math.Max(0, 900 - (100 * i)), 10)));
            series.Add(new SeriesPoint(SeriesNames.Troops, "erbil", month, Spread(1_100, 5)));
            series.Add(new SeriesPoint(SeriesNames.MilitiaAttacks, SeriesNames.AllRegions, month, Spread(3 + (0.5 * i), 1.5)));
            series.Add(new SeriesPoint(SeriesNames.MilitiaFatalities, SeriesNames.AllRegions, month, Spread(0.2 * (i % 3), 0.1)));
            series.Add(new SeriesPoint(SeriesNames.IsisFighters, SeriesNames.AllRegions, month, Spread(3_000 + (40 * i), 25)));
        }

        return new SimulationResult
        {
            ScenarioName = HostileName,
            Seed = 42,
            Replications = 500,
            Version = "0.1.0",
            Metrics =
            [
                new MetricSummary(MetricNames.MilitiaAttacksTotal, Spread(60, 15)),
                new MetricSummary(MetricNames.AnyFatality, Spread(0.4, 0.1)) { Probability = new Proportion(200, 500, 0.4, 0.358, 0.443) },
                new MetricSummary(MetricNames.DaysToResurgence, new SummaryStatistics(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)) { MissingCount = 500 },
                new MetricSummary(MetricNames.TroopsEnd, new SummaryStatistics(500, 900, 0, 0, 900, 900, 900, 900, 900, 900, 900)),
            ],
            Exceedances = [new ExceedanceProbability(MetricNames.MilitiaFatalitiesTotal, 1, new Proportion(200, 500, 0.4, 0.358, 0.443))],
            Series = series,
        };
    }
}
