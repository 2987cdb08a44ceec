using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// One month of a series in <c>summary.json</c>'s shape, <c>{ month, n, mean, sd, se, p05 … p95, min, max }</c>,
/// as <c>summary.json</c> and <c>compare.json</c> hold it: series → region → [ month ]. A number the file
/// lacks reads as NaN.
/// </summary>
internal sealed record SeriesMonthJson(
    string Month,
    long N,
    double Mean = double.NaN,
    double Sd = double.NaN,
    double Se = double.NaN,
    double P05 = double.NaN,
    double P25 = double.NaN,
    double P50 = double.NaN,
    double P75 = double.NaN,
    double P95 = double.NaN,
    double Min = double.NaN,
    double Max = double.NaN)
{
    /// <summary>Series points grouped as the files hold them: by series, then region, months in order.</summary>
    public static OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>> From(IReadOnlyList<SeriesPoint> points)
    {
        var bySeries = new OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!bySeries.TryGetValue(point.Series, out var regions))
            {
                regions = new OrderedDictionary<string, List<SeriesMonthJson>>(StringComparer.Ordinal);
                bySeries.Add(point.Series, regions);
            }

            if (!regions.TryGetValue(point.Region, out var months))
            {
                months = [];
                regions.Add(point.Region, months);
            }

            var s = point.Statistics;
            months.Add(new SeriesMonthJson(point.Month, s.Count, s.Mean, s.Sd, s.Se, s.P05, s.P25, s.P50, s.P75, s.P95, s.Min, s.Max));
        }

        return bySeries;
    }

    /// <summary>The points of a series object read back, in the file's order.</summary>
    public static List<SeriesPoint> ToPoints(OrderedDictionary<string, OrderedDictionary<string, List<SeriesMonthJson>>>? bySeries) =>
        bySeries is null
            ? []
            : [.. from series in bySeries from region in series.Value from month in region.Value select new SeriesPoint(series.Key, region.Key, month.Month, month.ToStatistics())];

    /// <summary>The month's summary statistics.</summary>
    public SummaryStatistics ToStatistics() => new(N, Mean, Sd, Se, P05, P25, P50, P75, P95, Min, Max);
}
