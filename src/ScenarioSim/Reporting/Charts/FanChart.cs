using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// A fan chart over months: for each month the median as a line, the 25–75% range as a dark band and
/// the 5–95% range as a light band, and the mean as a dashed line when given. With several series (an overlay of scenarios) each gets its own
/// colour, median line and 25–75% band; the 5–95% band is left out to keep the overlay readable.
/// Key dates are dashed vertical rules with a numbered tag. The plot group carries its scales as
/// <c>data-x-domain</c>, <c>data-x-range</c>, <c>data-y-domain</c> and <c>data-y-range</c>, so that
/// positions can be mapped back to values.
/// </summary>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
public sealed class FanChart
{
    private const double MarginLeft = 72;
    private const double MarginRight = 18;
    private const double MarginTop = 56;
    private const double MarginBottom = 52;

    /// <summary>The <c>id</c> of the <c>svg</c> element, unique within the page.</summary>
    public required string Id { get; init; }

    /// <summary>The visible title, also the SVG <c>title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The vertical axis title with its unit, e.g. <c>Troops (monthly mean)</c>.</summary>
    public required string YAxisLabel { get; init; }

    /// <summary>The horizontal axis title.</summary>
    /// <value>The default value is <c>Month</c>.</value>
    public string XAxisLabel { get; init; } = "Month";

    /// <summary>The series to draw; at least one.</summary>
    public required IReadOnlyList<FanSeries> Series { get; init; }

    /// <summary>Dates to mark with vertical rules.</summary>
    public IReadOnlyList<DateMarker> Markers { get; init; } = [];

    /// <summary>A fixed vertical domain, e.g. shared by small multiples; by default the data's range (with zero when near).</summary>
    public (double Min, double Max)? YDomain { get; init; }

    /// <summary>Horizontal lines at fixed values (thresholds, zero), always inside the vertical domain.</summary>
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; init; } = [];

    /// <summary>
    /// Draw each series as its centre line and inner band only, as an overlay does, even for one series;
    /// for fans that are not quantiles, such as a paired difference and its confidence interval.
    /// </summary>
    public bool CentreAndBandOnly { get; init; }

    /// <summary>What the centre line (<see cref="FanPoint.P50"/>) is, for the legend and description.</summary>
    /// <value>The default value is <c>median</c>.</value>
    public string CentreLabel { get; init; } = "median";

    /// <summary>What the inner band (<see cref="FanPoint.P25"/> to <see cref="FanPoint.P75"/>) is, for the legend.</summary>
    /// <value>The default value is <c>25–75%</c>.</value>
    public string BandLabel { get; init; } = "25–75%";

    /// <summary>
    /// True when each series is a single line (every quantile the same value, such as a probability
    /// by month): the legend then names each line by its label, without bands.
    /// </summary>
    public bool LinesOnly { get; init; }

    /// <summary>Width in pixels.</summary>
    /// <value>The default value is 920.</value>
    public double Width { get; init; } = 920;

    /// <summary>Height in pixels.</summary>
    /// <value>The default value is 320.</value>
    public double Height { get; init; } = 320;

    /// <summary>The range of values drawn for <paramref name="series"/>: the 5th to 95th percentile, or 25th to 75th for an overlay.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The smallest and largest finite value, or (NaN, NaN) when there is none.</returns>
    public static (double Min, double Max) DataRange(IEnumerable<FanSeries> series) => DataRange(series, false);

    /// <summary>
    /// One vertical domain for small multiples, one panel per fan, so panel heights compare directly:
    /// every panel's own range (its 5–95% band included), from 0 unless a value is below it; (0, 1)
    /// when no fan has a finite value.
    /// </summary>
    /// <param name="panels">The fans, each drawn alone in its panel.</param>
    /// <returns>The shared domain.</returns>
    public static (double Min, double Max) PanelDomain(IEnumerable<FanSeries> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        var ranges = panels.Select(fan => DataRange([fan])).Where(r => double.IsFinite(r.Min)).ToList();
        return ranges.Count > 0 ? (Math.Min(0, ranges.Min(r => r.Min)), ranges.Max(r => r.Max)) : (0d, 1d);
    }

    private static (double Min, double Max) DataRange(IEnumerable<FanSeries> series, bool centreAndBandOnly)
    {
        ArgumentNullException.ThrowIfNull(series);
        var list = series.ToList();
        bool overlay = list.Count > 1 || centreAndBandOnly;
        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (var point in list.SelectMany(s => s.Points))
        {
            foreach (double value in overlay ? [point.P25, point.P50, point.P75] : new[] { point.P05, point.P50, point.P95, point.Mean })
            {
                if (double.IsFinite(value))
                {
                    min = Math.Min(min, value);
                    max = Math.Max(max, value);
                }
            }
        }

        return double.IsFinite(min) ? (min, max) : (double.NaN, double.NaN);
    }

    /// <summary>Draws the chart.</summary>
    /// <returns>An <c>svg</c> element.</returns>
    /// <exception cref="InvalidOperationException">There is no series or no month.</exception>
    public string Render()
    {
        var months = Series.SelectMany(s => s.Points).Select(p => p.Month).ToList();
        if (months.Count == 0)
        {
            throw new InvalidOperationException($"The fan chart '{Id}' has no months to draw.");
        }

        var (dataMin, dataMax) = YDomain ?? IncludeZeroWhenNear(WithReferenceLines(DataRange(Series, CentreAndBandOnly)));
        double plotTop = MarginTop;
        double plotBottom = Height - MarginBottom;
        var ticks = NiceTicks.Choose(dataMin, dataMax, Math.Max(2, (int)((plotBottom - plotTop) / 50)));
        var y = new LinearScale(ticks.Min, ticks.Max, plotBottom, plotTop);
        var x = new DateScale(months.Min(), months.Max(), MarginLeft, Width - MarginRight);
        bool overlay = Series.Count > 1 || CentreAndBandOnly;

        var svg = new SvgBuilder();
        ChartCanvas.Open(svg, Id, Width, Height, Title, Describe(x), "fan");
        ChartCanvas.Legend(svg, MarginLeft, LegendEntries(overlay));
        ChartCanvas.LeftAxis(svg, y, ticks, MarginLeft, Width - MarginRight, YAxisLabel);
        ChartCanvas.DateAxis(svg, x, plotTop, plotBottom, XAxisLabel);

        svg.Open(
            "g",
            ("class", "plot"),
            ("data-x-domain", $"{Iso(x.FirstMonth.FirstDay)} {Iso(x.LastMonth.AddMonths(1).FirstDay)}"),
            ("data-x-range", $"{N(x.Days.RangeMin)} {N(x.Days.RangeMax)}"),
            ("data-y-domain", $"{Invariant(y.DomainMin)} {Invariant(y.DomainMax)}"),
            ("data-y-range", $"{N(y.RangeMin)} {N(y.RangeMax)}"));
        for (int i = 0; i < Series.Count; i++)
        {
            DrawSeries(svg, Series[i], i, overlay, x, y);
        }

        svg.Close();
        DrawReferenceLines(svg, y, Width - MarginRight);
        ChartCanvas.Markers(svg, x, Markers, plotTop, plotBottom);
        svg.Close();
        return svg.ToString();
    }

    private (double Min, double Max) WithReferenceLines((double Min, double Max) range)
    {
        foreach (var line in ReferenceLines.Where(l => double.IsFinite(l.Value)))
        {
            range = double.IsFinite(range.Min) ? (Math.Min(range.Min, line.Value), Math.Max(range.Max, line.Value)) : (line.Value, line.Value);
        }

        return range;
    }

    private void DrawReferenceLines(SvgBuilder svg, LinearScale y, double right)
    {
        foreach (var line in ReferenceLines.Where(l => double.IsFinite(l.Value)))
        {
            double position = y.Map(line.Value);
            svg.Open("g", ("class", "reference-line"), ("data-value", Invariant(line.Value)));
            svg.Element("line", ("x1", N(MarginLeft)), ("y1", N(position)), ("x2", N(right)), ("y2", N(position)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.25"), ("stroke-dasharray", "2 3"));
            svg.Text("text", line.Label, ("x", N(right - 4)), ("y", N(position - 5)), ("text-anchor", "end"), ("font-size", "11"), ("fill", ChartPalette.Ink));
            svg.Close();
        }
    }

    private static (double Min, double Max) IncludeZeroWhenNear((double Min, double Max) range) =>
        range.Min >= 0 && range.Min <= range.Max * 0.5 ? (0, range.Max) : range;

    private static void DrawSeries(SvgBuilder svg, FanSeries series, int index, bool overlay, DateScale x, LinearScale y)
    {
        string colour = ChartPalette.ForSeries(index);
        var points = series.Points.OrderBy(p => p.Month).ToList();
        svg.Open("g", ("class", "fan"), ("data-label", series.Label));
        if (!overlay)
        {
            svg.Element("path", ("class", "band band-05-95"), ("d", SvgPathBuilder.Band(points.Select(p => (x.MapMidpoint(p.Month), y.Map(p.P05), y.Map(p.P95))))), ("fill", colour), ("fill-opacity", "0.16"), ("stroke", "none"));
        }

        svg.Element("path", ("class", "band band-25-75"), ("d", SvgPathBuilder.Band(points.Select(p => (x.MapMidpoint(p.Month), y.Map(p.P25), y.Map(p.P75))))), ("fill", colour), ("fill-opacity", overlay ? "0.18" : "0.34"), ("stroke", "none"));
        if (!overlay && points.Any(p => double.IsFinite(p.Mean)))
        {
            svg.Element("path", ("class", "mean"), ("d", SvgPathBuilder.Line(points.Select(p => (x.MapMidpoint(p.Month), y.Map(p.Mean))))), ("fill", "none"), ("stroke", ChartPalette.Orange), ("stroke-width", "1.75"), ("stroke-dasharray", "6 3"));
        }

        svg.Element("path", ("class", "median"), ("d", SvgPathBuilder.Line(points.Select(p => (x.MapMidpoint(p.Month), y.Map(p.P50))))), ("fill", "none"), ("stroke", colour), ("stroke-width", "2.25"), ("stroke-linejoin", "round"));
        svg.Close();
    }

    private IEnumerable<LegendEntry> LegendEntries(bool overlay)
    {
        if (LinesOnly)
        {
            for (int i = 0; i < Series.Count; i++)
            {
                yield return new LegendEntry(LegendSymbol.Line, overlay ? ChartPalette.ForSeries(i) : ChartPalette.Blue, Series[i].Label);
            }
        }
        else if (overlay)
        {
            for (int i = 0; i < Series.Count; i++)
            {
                yield return new LegendEntry(LegendSymbol.Line, ChartPalette.ForSeries(i), $"{Series[i].Label} {CentreLabel}");
            }

            yield return new LegendEntry(LegendSymbol.Swatch, ChartPalette.Muted, $"shading: {BandLabel}", 0.3);
        }
        else
        {
            yield return new LegendEntry(LegendSymbol.Line, ChartPalette.Blue, "median");
            yield return new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, "25–75%", 0.34);
            yield return new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, "5–95%", 0.16);
            if (Series.Any(s => s.Points.Any(p => double.IsFinite(p.Mean))))
            {
                yield return new LegendEntry(LegendSymbol.DashedLine, ChartPalette.Orange, "mean");
            }
        }

        foreach (var line in ReferenceLines)
        {
            yield return new LegendEntry(LegendSymbol.DashedLine, ChartPalette.Ink, line.Label);
        }

        if (Markers.Count > 0)
        {
            yield return new LegendEntry(LegendSymbol.Rule, ChartPalette.Vermillion, "key date");
        }
    }

    private string Describe(DateScale x)
    {
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Fan chart of {Title} by month from {x.FirstMonth} to {x.LastMonth}; vertical axis: {YAxisLabel}."),
        };
        foreach (var series in Series)
        {
            var points = series.Points.Where(p => double.IsFinite(p.P50)).OrderBy(p => p.Month).ToList();
            if (points.Count == 0)
            {
                continue;
            }

            var peak = points.MaxBy(p => p.P50)!;
            parts.Add(CentreAndBandOnly
                ? string.Create(CultureInfo.InvariantCulture, $"{series.Label}: {CentreLabel} {Round(points[0].P50)} in {points[0].Month}, {Round(points[^1].P50)} in {points[^1].Month}, highest {Round(peak.P50)} in {peak.Month}; {BandLabel} in the last month {Round(points[^1].P25)} to {Round(points[^1].P75)}.")
                : string.Create(CultureInfo.InvariantCulture, $"{series.Label}: median {Round(points[0].P50)} in {points[0].Month}, {Round(points[^1].P50)} in {points[^1].Month}, highest {Round(peak.P50)} in {peak.Month}; 5–95% range in the last month {Round(points[^1].P05)} to {Round(points[^1].P95)}."));
        }

        foreach (var line in ReferenceLines)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"A dotted line marks {line.Label} at {Round(line.Value)}."));
        }

        if (Markers.Count > 0)
        {
            parts.Add($"Key dates marked: {string.Join("; ", Markers.Select(m => $"{m.Tag} {Iso(m.Date)} {m.Label}"))}.");
        }

        return string.Join(" ", parts);
    }

    private static string Round(double value) =>
        value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.##", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgNumber.Format(value);
}
