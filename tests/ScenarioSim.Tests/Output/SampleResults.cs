using ScenarioSim.Results;

namespace ScenarioSim.Tests.Output;

/// <summary>Hand-built results for the writer tests, covering 0/1 metrics, missing values and NaN.</summary>
internal static class SampleResults
{
    public static SummaryStatistics Statistics(double mean, long n = 100) =>
        new(n, mean, 2.5, 0.25, mean - 4, mean - 2, mean, mean + 2, mean + 4, mean - 6, mean + 6.5);

    /// <summary>No values: every statistic is NaN, as <see cref="SummaryStatistics"/> documents.</summary>
    public static SummaryStatistics Empty { get; } =
        new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>One metric of each kind, one exceedance and a two-region, two-month series.</summary>
    public static SimulationResult Full() => new()
    {
        ScenarioName = "baseline, \"phased\"",
        Seed = 42,
        Replications = 100,
        Version = "0.1.0",
        Metrics =
        [
            new MetricSummary(MetricNames.MilitiaAttacksTotal, Statistics(12.5)),
            new MetricSummary(MetricNames.AnyFatality, Statistics(0.25))
            {
                Probability = new Proportion(25, 100, 0.25, 0.17558112730260284, 0.34265010577769345),
            },
            new MetricSummary(MetricNames.DaysToResurgence, Empty) { MissingCount = 100 },
            new MetricSummary(MetricNames.TroopsEnd, new SummaryStatistics(100, 300, 0, 0, 300, 300, 300, 300, 300, 300, 300)),
        ],
        Exceedances =
        [
            new ExceedanceProbability(MetricNames.MilitiaFatalitiesTotal, 1, new Proportion(25, 100, 0.25, 0.17558112730260284, 0.34265010577769345)),
        ],
        Series =
        [
            new SeriesPoint(SeriesNames.MilitiaAttacks, "anbar", "2025-01", Statistics(3.1)),
            new SeriesPoint(SeriesNames.MilitiaAttacks, "anbar", "2025-02", Statistics(2.9)),
            new SeriesPoint(SeriesNames.MilitiaAttacks, SeriesNames.AllRegions, "2025-01", Statistics(4.0)),
            new SeriesPoint(SeriesNames.MilitiaAttacks, SeriesNames.AllRegions, "2025-02", Empty),
            new SeriesPoint(SeriesNames.Troops, "anbar", "2025-01", Statistics(1000)),
        ],
    };

    /// <summary>The smallest result with one of everything, for pinning exact output.</summary>
    public static SimulationResult Minimal() => new()
    {
        ScenarioName = "tiny",
        Seed = 7,
        Replications = 4,
        Version = "1.2.3",
        Metrics =
        [
            new MetricSummary(MetricNames.Resurgence, new SummaryStatistics(4, 0.5, 0.5773502691896257, 0.28867513459481287, 0, 0, 0.5, 1, 1, 0, 1))
            {
                Probability = new Proportion(2, 4, 0.5, 0.15003898915214947, 0.8499610108478506),
            },
            new MetricSummary(MetricNames.DaysToResurgence, new SummaryStatistics(2, 10, double.NaN, double.NaN, 10, 10, 10, 10, 10, 10, 10))
            {
                MissingCount = 2,
            },
        ],
        Exceedances = [new ExceedanceProbability(MetricNames.IsisFightersEnd, 5000, new Proportion(1, 4, 0.25, 0.045586062644636, 0.6993581493475))],
        Series = [new SeriesPoint(SeriesNames.IsisFighters, SeriesNames.AllRegions, "2025-01", new SummaryStatistics(4, 3000.25, 1e-5, 0.1, 2999, 3000, 3000, 3001, 3002, 2998, 3003))],
    };
}
