namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// The charts that give each parameter one row of horizontal bars drawn from zero, largest first:
/// the parameter's name on the left, one bar per measure with an optional interval whisker, the
/// values written at the right and a numeric axis underneath. Each row is a <c>g.row</c> carrying
/// <c>data-parameter</c> and a <c>title</c> tooltip; the plot group carries its scale as
/// <c>data-x-domain</c> and <c>data-x-range</c>. The charts are <see cref="TornadoChart"/> and
/// <see cref="ContributionChart"/>; other assemblies cannot add more.
/// </summary>
/// <typeparam name="TRow">One parameter's values.</typeparam>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
internal abstract class ParameterBarChart<TRow>
{
    private const double MarginTop = 56;
    private const double MarginBottom = 48;
    private const double BarHeight = 12;
    private const double BarPitch = 14;

    private readonly int _barsPerRow;
    private readonly double _valueColumn;
    private readonly string _kind;

    /// <summary>Sets what the derived chart fixes.</summary>
    /// <param name="barsPerRow">Bars in each row.</param>
    /// <param name="valueColumn">Width in pixels of the values column at the right.</param>
    /// <param name="kind">The chart kind, the suffix of the root's <c>chart-</c> class.</param>
    private protected ParameterBarChart(int barsPerRow, double valueColumn, string kind)
    {
        _barsPerRow = barsPerRow;
        _valueColumn = valueColumn;
        _kind = kind;
    }

    /// <summary>The <c>id</c> of the <c>svg</c> element, unique within the page.</summary>
    public required string Id { get; init; }

    /// <summary>The visible title, also the SVG <c>title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The output the chart explains, e.g. <c>militia_fatalities_total</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The parameters, in any order.</summary>
    public required IReadOnlyList<TRow> Rows { get; init; }

    /// <summary>Width in pixels.</summary>
    /// <value>The default value is 920.</value>
    public double Width { get; init; } = 920;

    /// <summary>Height in pixels, from the row count.</summary>
    public double Height => MarginTop + 10 + (Math.Max(1, Rows.Count) * RowHeight) + MarginBottom;

    /// <summary>The rows in drawing order: by the chart's ranking measure, largest first (NaN last), then by name.</summary>
    public IReadOnlyList<TRow> OrderedRows =>
        Rows.OrderByDescending(r => double.IsFinite(RankOf(r)) ? RankOf(r) : double.NegativeInfinity)
            .ThenBy(ParameterOf, StringComparer.Ordinal)
            .ToList();

    /// <summary>The horizontal axis title with its unit.</summary>
    private protected abstract string AxisLabel { get; }

    /// <summary>The legend entries.</summary>
    private protected abstract IReadOnlyList<LegendEntry> Legend { get; }

    /// <summary>Formats tick labels; by default the ticks' own format.</summary>
    private protected virtual Func<double, string>? TickFormat => null;

    private double RowHeight => 10 + (Math.Max(1, _barsPerRow) * BarPitch);

    /// <summary>Draws the chart.</summary>
    /// <returns>An <c>svg</c> element.</returns>
    public string Render()
    {
        var ordered = OrderedRows;
        var rows = ordered.Select(Draw).ToList();
        double left = Math.Max(100, Math.Min(360, rows.Select(r => ChartCanvas.TextWidth(r.Parameter, 12)).DefaultIfEmpty(40).Max() + 20));
        double right = Width - _valueColumn;
        double plotTop = MarginTop + 4;
        double plotBottom = Height - MarginBottom;
        var (min, max) = Domain(ordered);
        var ticks = NiceTicks.Choose(min, max, 5);
        var x = new LinearScale(ticks.Min, ticks.Max, left, right);

        var svg = new SvgBuilder();
        ChartCanvas.Open(svg, Id, Width, Height, Title, Describe(ordered), _kind);
        ChartCanvas.Legend(svg, left, Legend);
        ChartCanvas.BottomAxis(svg, x, ticks, plotTop, plotBottom, AxisLabel, TickFormat);

        svg.Open("g", ("class", "plot"), ("data-x-domain", $"{Invariant(x.DomainMin)} {Invariant(x.DomainMax)}"), ("data-x-range", $"{N(x.RangeMin)} {N(x.RangeMax)}"));
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            double y = plotTop + 6 + (i * RowHeight);
            svg.Open("g", ("class", "row"), ("data-parameter", row.Parameter));
            svg.Text("title", row.Tooltip);
            svg.Text("text", row.Parameter, ("x", N(left - 10)), ("y", N(y + (RowHeight / 2) + 1)), ("text-anchor", "end"), ("fill", ChartPalette.Ink));
            for (int k = 0; k < row.Bars.Count; k++)
            {
                Bar(svg, x, y + 4 + (k * BarPitch), row.Bars[k]);
            }

            for (int k = 0; k < row.Values.Count; k++)
            {
                svg.Text("text", row.Values[k], ("x", N(right + 14)), ("y", N(y + 13 + (k * BarPitch))), ("fill", ChartPalette.Ink), ("font-size", "11"));
            }

            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    /// <summary>The parameter's name, for ordering ties.</summary>
    private protected abstract string ParameterOf(TRow row);

    /// <summary>The measure the rows are ranked by, largest on top.</summary>
    private protected abstract double RankOf(TRow row);

    /// <summary>The values the axis must cover; ticks widen it to whole steps.</summary>
    private protected abstract (double Min, double Max) Domain(IReadOnlyList<TRow> rows);

    /// <summary>The SVG <c>desc</c>, stating the chart's numbers in words.</summary>
    private protected abstract string Describe(IReadOnlyList<TRow> rows);

    /// <summary>What to draw for one parameter: its label, tooltip, bars and values.</summary>
    private protected abstract BarRow Draw(TRow row);

    private static void Bar(SvgBuilder svg, LinearScale x, double top, BarValue bar)
    {
        if (double.IsFinite(bar.Value))
        {
            double zero = x.Map(0);
            double end = x.MapClamped(bar.Value);
            svg.Element("rect", ("class", "bar bar-" + bar.Kind), ("x", N(Math.Min(zero, end))), ("y", N(top)), ("width", N(Math.Max(0.5, Math.Abs(end - zero)))), ("height", N(BarHeight)), ("fill", bar.Colour), ("fill-opacity", "0.85"));
        }

        if (double.IsFinite(bar.Low) && double.IsFinite(bar.High))
        {
            double middle = top + (BarHeight / 2);
            double x1 = x.MapClamped(bar.Low);
            double x2 = x.MapClamped(bar.High);
            svg.Element("line", ("class", "ci ci-" + bar.Kind), ("x1", N(x1)), ("y1", N(middle)), ("x2", N(x2)), ("y2", N(middle)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
            svg.Element("line", ("x1", N(x1)), ("y1", N(middle - 4)), ("x2", N(x1)), ("y2", N(middle + 4)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
            svg.Element("line", ("x1", N(x2)), ("y1", N(middle - 4)), ("x2", N(x2)), ("y2", N(middle + 4)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
        }
    }

    private static string Invariant(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string N(double value) => SvgNumber.Format(value);
}
