using ScenarioSim.Reporting.Charts;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>Turns monthly series points into fan chart input.</summary>
internal static class SeriesFans
{
    /// <summary>The fan of one series in one region, or <see langword="null"/> when the result has no such points.</summary>
    public static FanSeries? For(IEnumerable<SeriesPoint> points, string series, string region, string label)
    {
        var fan = points
            .Where(p => p.Series == series && p.Region == region && CalendarMonth.TryParse(p.Month, out _))
            .Select(p => new FanPoint(
                CalendarMonth.Parse(p.Month),
                p.Statistics.P05, p.Statistics.P25, p.Statistics.P50, p.Statistics.P75, p.Statistics.P95, p.Statistics.Mean))
            .OrderBy(p => p.Month)
            .ToList();
        return fan.Count == 0 ? null : new FanSeries(label, fan);
    }

    /// <summary>The regions a series has besides the total, in first-seen order.</summary>
    public static IReadOnlyList<string> Regions(IEnumerable<SeriesPoint> points, string series) =>
        points.Where(p => p.Series == series && p.Region != SeriesNames.AllRegions)
            .Select(p => p.Region)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The key dates as chart markers, tagged 1, 2, … in date order.</summary>
    public static IReadOnlyList<DateMarker> Markers(IReadOnlyList<Output.KeyDate> keyDates) =>
        keyDates.Select((k, i) => new DateMarker(k.Date, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), k.Label)).ToList();
}
