using ScenarioSim.Results;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// The distribution of one scalar metric drawn from its summary alone (a run keeps quantiles, not every
/// value): a box from the 25th to the 75th percentile, whiskers to the 5th and 95th, a line at the
/// median, a diamond at the mean and open circles at the minimum and maximum. It is a quantile
/// summary, not a histogram, and is labelled so.
/// </summary>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
internal sealed class QuantileSummaryChart
{
    private const double MarginLeft = 24;
    private const double MarginRight = 24;
    private const double PlotTop = 56;

    /// <summary>The <c>id</c> of the <c>svg</c> element, unique within the page.</summary>
    public required string Id { get; init; }

    /// <summary>The visible title, also the SVG <c>title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The axis title with its unit.</summary>
    public required string AxisLabel { get; init; }

    /// <summary>The metric's summary over replications.</summary>
    public required SummaryStatistics Statistics { get; init; }

    /// <summary>Width in pixels.</summary>
    /// <value>The default value is 450.</value>
    public double Width { get; init; } = 450;

    /// <summary>Height in pixels.</summary>
    /// <value>The default value is 150.</value>
    public double Height { get; init; } = 150;

    /// <summary>Draws the chart; a summary without values is drawn as a note.</summary>
    /// <returns>An <c>svg</c> element.</returns>
    public string Render()
    {
        var s = Statistics;
        var svg = new SvgBuilder();
        ChartCanvas.Open(svg, Id, Width, Height, Title, Describe(), "quantiles");
        ChartCanvas.Legend(svg, MarginLeft, LegendEntries(), ChartCanvas.LegendBaseline);

        double bottom = Height - 44;
        var finite = new[] { s.Min, s.Max, s.P05, s.P95, s.Mean }.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            svg.Text("text", "no values: no replication produced this metric", ("x", N(Width / 2)), ("y", N((PlotTop + bottom) / 2)), ("text-anchor", "middle"), ("fill", ChartPalette.Muted));
            svg.Element("line", ("x1", N(MarginLeft)), ("y1", N(bottom)), ("x2", N(Width - MarginRight)), ("y2", N(bottom)), ("stroke", ChartPalette.Grid));
            svg.Text("text", AxisLabel, ("x", N(Width / 2)), ("y", N(bottom + 32)), ("text-anchor", "middle"), ("fill", ChartPalette.Ink), ("class", "axis-title"));
            svg.Close();
            return svg.ToString();
        }

        var ticks = NiceTicks.Choose(finite.Min(), finite.Max(), 5);
        var x = new LinearScale(ticks.Min, ticks.Max, MarginLeft, Width - MarginRight);
        ChartCanvas.BottomAxis(svg, x, ticks, PlotTop, bottom, AxisLabel);

        double y = (PlotTop + bottom) / 2;
        string colour = ChartPalette.Blue;
        svg.Open("g", ("class", "plot"), ("data-x-domain", $"{Invariant(x.DomainMin)} {Invariant(x.DomainMax)}"), ("data-x-range", $"{N(x.RangeMin)} {N(x.RangeMax)}"));
        svg.Element("line", ("class", "whisker"), ("x1", N(x.Map(s.P05))), ("y1", N(y)), ("x2", N(x.Map(s.P95))), ("y2", N(y)), ("stroke", colour), ("stroke-width", "2"));
        foreach (double end in new[] { s.P05, s.P95 })
        {
            svg.Element("line", ("x1", N(x.Map(end))), ("y1", N(y - 7)), ("x2", N(x.Map(end))), ("y2", N(y + 7)), ("stroke", colour), ("stroke-width", "2"));
        }

        double boxLeft = x.Map(s.P25);
        svg.Element("rect", ("class", "box"), ("x", N(boxLeft)), ("y", N(y - 13)), ("width", N(Math.Max(1, x.Map(s.P75) - boxLeft))), ("height", "26"), ("fill", colour), ("fill-opacity", "0.34"), ("stroke", colour), ("stroke-width", "1.5"));
        svg.Element("line", ("class", "median"), ("x1", N(x.Map(s.P50))), ("y1", N(y - 13)), ("x2", N(x.Map(s.P50))), ("y2", N(y + 13)), ("stroke", ChartPalette.Ink), ("stroke-width", "2.5"));
        if (double.IsFinite(s.Mean))
        {
            svg.Element("path", ("class", "mean"), ("d", ChartCanvas.Diamond(x.Map(s.Mean), y, 6)), ("fill", ChartPalette.Orange), ("stroke", ChartPalette.Ink), ("stroke-width", "0.75"));
        }

        foreach (double extreme in new[] { s.Min, s.Max })
        {
            svg.Element("circle", ("class", "extreme"), ("cx", N(x.Map(extreme))), ("cy", N(y)), ("r", "3.5"), ("fill", "#ffffff"), ("stroke", ChartPalette.Muted), ("stroke-width", "1.5"));
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    private static IEnumerable<LegendEntry> LegendEntries() =>
    [
        new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, "25–75%", 0.34),
        new LegendEntry(LegendSymbol.Line, ChartPalette.Blue, "5–95%"),
        new LegendEntry(LegendSymbol.Line, ChartPalette.Ink, "median"),
        new LegendEntry(LegendSymbol.Diamond, ChartPalette.Orange, "mean"),
        new LegendEntry(LegendSymbol.Circle, ChartPalette.Muted, "min/max"),
    ];

    private string Describe()
    {
        var s = Statistics;
        return s.Count == 0 || !double.IsFinite(s.P50)
            ? $"Quantile summary of {Title}: no values."
            : $"Quantile summary of {Title} over {s.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} replications ({AxisLabel}): minimum {Value(s.Min)}, 5th percentile {Value(s.P05)}, 25th {Value(s.P25)}, median {Value(s.P50)}, 75th {Value(s.P75)}, 95th {Value(s.P95)}, maximum {Value(s.Max)}, mean {Value(s.Mean)}.";
    }

    private static string Value(double value) =>
        value.ToString(Math.Abs(value) >= 1000 ? "#,0" : "0.##", System.Globalization.CultureInfo.InvariantCulture);

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string N(double value) => SvgNumber.Format(value);
}
