using System.Globalization;
using ScenarioSim.Results;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// A metric's distribution over replications as a histogram: one bar per bin, its height the share of
/// replications whose value falls in the bin, with the median marked.
/// </summary>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
public sealed class HistogramChart
{
    private const double MarginLeft = 56;
    private const double MarginRight = 30;
    private const double PlotTop = 52;

    /// <summary>The <c>id</c> of the <c>svg</c> element, unique within the page.</summary>
    public required string Id { get; init; }

    /// <summary>The visible title, also the SVG <c>title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The horizontal axis title with its unit.</summary>
    public required string AxisLabel { get; init; }

    /// <summary>The bins, in order; at least one.</summary>
    public required IReadOnlyList<HistogramBin> Bins { get; init; }

    /// <summary>The median, marked with a line; NaN for none.</summary>
    public double Median { get; init; } = double.NaN;

    /// <summary>
    /// Vertical lines at given values of the metric, e.g. the <c>report.thresholds</c> whose exceedance
    /// probabilities the run reports; the horizontal axis is widened to show each.
    /// </summary>
    public IReadOnlyList<ReferenceLine> ReferenceLines { get; init; } = [];

    /// <summary>What the bars count, as the legend and the vertical axis name it.</summary>
    /// <value>The default value is "share of replications".</value>
    public string ShareLabel { get; init; } = "share of replications";

    /// <summary>Width in pixels.</summary>
    /// <value>The default value is 450.</value>
    public double Width { get; init; } = 450;

    /// <summary>Height in pixels.</summary>
    /// <value>The default value is 220.</value>
    public double Height { get; init; } = 220;

    /// <summary>Draws the chart.</summary>
    /// <returns>An <c>svg</c> element.</returns>
    public string Render()
    {
        long total = Bins.Sum(b => b.Count);
        var svg = new SvgBuilder();
        ChartCanvas.Open(svg, Id, Width, Height, Title, Describe(total), "histogram");
        var lines = ReferenceLines.Where(l => double.IsFinite(l.Value)).ToList();
        ChartCanvas.Legend(
            svg,
            MarginLeft,
            [
                new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, ShareLabel, 0.6),
                new LegendEntry(LegendSymbol.Line, ChartPalette.Ink, "median"),
                .. lines.Count > 0 ? [new LegendEntry(LegendSymbol.DashedLine, ChartPalette.Vermillion, "threshold")] : Array.Empty<LegendEntry>(),
            ]);

        double bottom = Height - 44;
        // A single bin (every replication had the same value) is drawn narrow, in the middle.
        double pad = Bins.Count == 1 ? 2 * (Bins[0].Upper - Bins[0].Lower) : 0;
        double low = Math.Min(Bins[0].Lower - pad, lines.Count > 0 ? lines.Min(l => l.Value) : double.PositiveInfinity);
        double high = Math.Max(Bins[^1].Upper + pad, lines.Count > 0 ? lines.Max(l => l.Value) : double.NegativeInfinity);
        var xTicks = NiceTicks.Choose(low, high, 5);
        var x = new LinearScale(xTicks.Min, xTicks.Max, MarginLeft, Width - MarginRight);
        double largest = Bins.Max(b => b.Count) / (double)Math.Max(1, total);
        var yTicks = NiceTicks.Choose(0, Math.Max(largest, 1e-9), 4);
        var y = new LinearScale(yTicks.Min, yTicks.Max, bottom, PlotTop);
        ChartCanvas.LeftAxis(svg, y, yTicks, MarginLeft, Width - MarginRight, ShareLabel, v => v.ToString("0%", CultureInfo.InvariantCulture));
        ChartCanvas.BottomAxis(svg, x, xTicks, PlotTop, bottom, AxisLabel);

        svg.Open(
            "g",
            ("class", "plot"),
            ("data-x-domain", $"{Invariant(x.DomainMin)} {Invariant(x.DomainMax)}"),
            ("data-x-range", $"{N(x.RangeMin)} {N(x.RangeMax)}"),
            ("data-y-domain", $"{Invariant(y.DomainMin)} {Invariant(y.DomainMax)}"),
            ("data-y-range", $"{N(y.RangeMin)} {N(y.RangeMax)}"));
        foreach (var bin in Bins)
        {
            double share = bin.Count / (double)Math.Max(1, total);
            double left = x.Map(bin.Lower);
            double top = y.Map(share);
            svg.Element(
                "rect",
                ("class", "bar"),
                ("x", N(left)),
                ("y", N(top)),
                ("width", N(Math.Max(1, x.Map(bin.Upper) - left - 1))),
                ("height", N(Math.Max(0, bottom - top))),
                ("fill", ChartPalette.Blue),
                ("fill-opacity", "0.6"),
                ("data-count", bin.Count.ToString(CultureInfo.InvariantCulture)));
        }

        if (double.IsFinite(Median))
        {
            svg.Element("line", ("class", "median"), ("x1", N(x.Map(Median))), ("y1", N(PlotTop)), ("x2", N(x.Map(Median))), ("y2", N(bottom)), ("stroke", ChartPalette.Ink), ("stroke-width", "2"));
        }

        // Labels one below the other, so close thresholds stay readable; written to the left of lines
        // in the right half, so none runs off the chart.
        for (int i = 0; i < lines.Count; i++)
        {
            double position = x.Map(lines[i].Value);
            bool rightHalf = position > (MarginLeft + Width - MarginRight) / 2;
            svg.Open("g", ("class", "reference-line"), ("data-value", Invariant(lines[i].Value)));
            svg.Element("line", ("x1", N(position)), ("y1", N(PlotTop)), ("x2", N(position)), ("y2", N(bottom)), ("stroke", ChartPalette.Vermillion), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3"));
            svg.Text(
                "text",
                lines[i].Label,
                ("x", N(rightHalf ? position - 4 : position + 4)),
                ("y", N(PlotTop + 10 + (13 * i))),
                ("text-anchor", rightHalf ? "end" : "start"),
                ("font-size", "11"),
                ("fill", ChartPalette.Vermillion));
            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    private string Describe(long total) =>
        $"Histogram of {Title} over {total.ToString(CultureInfo.InvariantCulture)} replications ({AxisLabel}), {Bins.Count.ToString(CultureInfo.InvariantCulture)} bins from {Value(Bins[0].Lower)} to {Value(Bins[^1].Upper)}"
        + (double.IsFinite(Median) ? $"; median {Value(Median)}" : string.Empty)
        + string.Concat(ReferenceLines.Where(l => double.IsFinite(l.Value)).Select(l => $"; {l.Label} at {Value(l.Value)}"))
        + ".";

    private static string Value(double value) =>
        value.ToString(Math.Abs(value) >= 1000 ? "#,0" : "0.##", CultureInfo.InvariantCulture);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgNumber.Format(value);
}
