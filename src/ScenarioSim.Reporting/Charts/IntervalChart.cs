namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Horizontal dot-and-interval rows on one numeric axis: each row's estimate as a dot and its interval
/// as a line with end caps, with the values written at the right. An optional reference value (such as
/// zero for differences) is drawn as a vertical rule. Rows whose estimate is not a number are listed
/// with "no value".
/// </summary>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
internal sealed class IntervalChart
{
    private const double RowHeight = 28;
    private const double MarginTop = 56;
    private const double MarginBottom = 48;
    private const double ValueColumn = 190;

    /// <summary>The <c>id</c> of the <c>svg</c> element, unique within the page.</summary>
    public required string Id { get; init; }

    /// <summary>The visible title, also the SVG <c>title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>A sentence for the SVG <c>desc</c> saying what the rows are; the values are appended.</summary>
    public required string Description { get; init; }

    /// <summary>The horizontal axis title with its unit.</summary>
    public required string XAxisLabel { get; init; }

    /// <summary>The rows, top to bottom.</summary>
    public required IReadOnlyList<IntervalRow> Rows { get; init; }

    /// <summary>A fixed axis domain such as [0, 1] for probabilities; by default the rows' range.</summary>
    public (double Min, double Max)? XDomain { get; init; }

    /// <summary>A value to mark with a vertical rule, e.g. 0 for "no difference".</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>The legend label of the reference rule.</summary>
    /// <value>The default value is <c>no difference</c>.</value>
    public string ReferenceLabel { get; init; } = "no difference";

    /// <summary>Formats tick labels; by default the ticks' own format.</summary>
    public Func<double, string>? Format { get; init; }

    /// <summary>Formats the values column; by default <see cref="Format"/>.</summary>
    public Func<double, string>? ValueFormat { get; init; }

    /// <summary>The legend label of the dot.</summary>
    /// <value>The default value is <c>estimate</c>.</value>
    public string EstimateLabel { get; init; } = "estimate";

    /// <summary>The legend label of the interval.</summary>
    /// <value>The default value is <c>95% interval</c>.</value>
    public string IntervalLabel { get; init; } = "95% interval";

    /// <summary>The colour of dots and intervals.</summary>
    /// <value>The default value is <see cref="ChartPalette.Blue"/>.</value>
    public string Colour { get; init; } = ChartPalette.Blue;

    /// <summary>Width in pixels.</summary>
    /// <value>The default value is 920.</value>
    public double Width { get; init; } = 920;

    /// <summary>Height in pixels, from the row count.</summary>
    public double Height => MarginTop + 10 + (Math.Max(1, Rows.Count) * RowHeight) + MarginBottom;

    /// <summary>Draws the chart.</summary>
    /// <returns>An <c>svg</c> element.</returns>
    public string Render()
    {
        double labelWidth = Math.Min(360, Rows.Select(r => ChartCanvas.TextWidth(r.Label, 12)).DefaultIfEmpty(40).Max() + 20);
        double left = Math.Max(80, labelWidth);
        double right = Width - ValueColumn;
        double plotTop = MarginTop + 4;
        double plotBottom = Height - MarginBottom;

        var (min, max) = XDomain ?? DataRange();
        if (ReferenceValue is { } reference && XDomain is null)
        {
            min = Math.Min(min, reference);
            max = Math.Max(max, reference);
        }

        var ticks = XDomain is { } fixedDomain && fixedDomain.Min < fixedDomain.Max
            ? NiceTicks.Choose(fixedDomain.Min, fixedDomain.Max, 5)
            : NiceTicks.Choose(min, max, 6);
        var x = new LinearScale(ticks.Min, ticks.Max, left, right);
        var format = ValueFormat ?? Format ?? ticks.Format;

        var svg = new SvgBuilder();
        ChartCanvas.Open(svg, Id, Width, Height, Title, Describe(format), "interval");
        ChartCanvas.Legend(svg, left, LegendEntries());
        ChartCanvas.BottomAxis(svg, x, ticks, plotTop, plotBottom, XAxisLabel, Format);
        if (ReferenceValue is { } value)
        {
            svg.Element("line", ("class", "reference"), ("x1", N(x.Map(value))), ("y1", N(plotTop)), ("x2", N(x.Map(value))), ("y2", N(plotBottom)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.25"), ("stroke-dasharray", "5 3"));
        }

        svg.Open("g", ("class", "plot"), ("data-x-domain", $"{Invariant(x.DomainMin)} {Invariant(x.DomainMax)}"), ("data-x-range", $"{N(x.RangeMin)} {N(x.RangeMax)}"));
        for (int i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            double y = plotTop + 6 + ((i + 0.5) * RowHeight);
            svg.Open("g", ("class", "row"));
            svg.Text("title", $"{row.Label}: {Values(row, format)}");
            svg.Text("text", row.Label, ("x", N(left - 10)), ("y", N(y + 4)), ("text-anchor", "end"), ("fill", ChartPalette.Ink));
            if (double.IsFinite(row.Low) && double.IsFinite(row.High))
            {
                double x1 = x.MapClamped(row.Low);
                double x2 = x.MapClamped(row.High);
                svg.Element("line", ("class", "interval"), ("x1", N(x1)), ("y1", N(y)), ("x2", N(x2)), ("y2", N(y)), ("stroke", Colour), ("stroke-width", "2.5"));
                svg.Element("line", ("x1", N(x1)), ("y1", N(y - 6)), ("x2", N(x1)), ("y2", N(y + 6)), ("stroke", Colour), ("stroke-width", "2"));
                svg.Element("line", ("x1", N(x2)), ("y1", N(y - 6)), ("x2", N(x2)), ("y2", N(y + 6)), ("stroke", Colour), ("stroke-width", "2"));
            }

            if (double.IsFinite(row.Estimate))
            {
                svg.Element("circle", ("class", "estimate"), ("cx", N(x.MapClamped(row.Estimate))), ("cy", N(y)), ("r", "5"), ("fill", Colour), ("stroke", "#ffffff"), ("stroke-width", "1.5"));
            }

            svg.Text("text", Values(row, format), ("x", N(right + 14)), ("y", N(y + 4)), ("fill", ChartPalette.Ink), ("font-variant-numeric", "tabular-nums"));
            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    private (double Min, double Max) DataRange()
    {
        var values = Rows.SelectMany(r => new[] { r.Estimate, r.Low, r.High }).Where(double.IsFinite).ToList();
        return values.Count == 0 ? (0, 1) : (values.Min(), values.Max());
    }

    private IEnumerable<LegendEntry> LegendEntries()
    {
        yield return new LegendEntry(LegendSymbol.DotInterval, Colour, $"{EstimateLabel} with {IntervalLabel}");
        if (ReferenceValue is not null)
        {
            yield return new LegendEntry(LegendSymbol.Rule, ChartPalette.Ink, ReferenceLabel);
        }
    }

    private static string Values(IntervalRow row, Func<double, string> format) =>
        !double.IsFinite(row.Estimate) ? "no value"
        : double.IsFinite(row.Low) && double.IsFinite(row.High) ? $"{format(row.Estimate)} [{format(row.Low)}, {format(row.High)}]"
        : format(row.Estimate);

    private string Describe(Func<double, string> format) =>
        $"{Description} Values: {string.Join("; ", Rows.Select(r => $"{r.Label} {Values(r, format)}"))}.";

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string N(double value) => SvgNumber.Format(value);
}
