using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// A tornado chart of sensitivity indices: one row per parameter, sorted by total index (largest on
/// top), with a bar for the first-order index S1 and one for the total index ST, each with its 95%
/// interval as a whisker.
/// </summary>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
public sealed class TornadoChart
{
    private const double RowHeight = 38;
    private const double MarginTop = 56;
    private const double MarginBottom = 48;
    private const double ValueColumn = 210;

    /// <summary>The <c>id</c> of the <c>svg</c> element, unique within the page.</summary>
    public required string Id { get; init; }

    /// <summary>The visible title, also the SVG <c>title</c>.</summary>
    public required string Title { get; init; }

    /// <summary>The output the indices apportion, e.g. <c>militia_fatalities_total</c>.</summary>
    public required string Metric { get; init; }

    /// <summary>The parameters, in any order.</summary>
    public required IReadOnlyList<TornadoRow> Rows { get; init; }

    /// <summary>Width in pixels.</summary>
    /// <value>The default value is 920.</value>
    public double Width { get; init; } = 920;

    /// <summary>Height in pixels, from the row count.</summary>
    public double Height => MarginTop + 10 + (Math.Max(1, Rows.Count) * RowHeight) + MarginBottom;

    /// <summary>The rows in drawing order: by total index, largest first (NaN last), then by name.</summary>
    public IReadOnlyList<TornadoRow> OrderedRows =>
        Rows.OrderByDescending(r => double.IsFinite(r.ST) ? r.ST : double.NegativeInfinity)
            .ThenBy(r => r.Parameter, StringComparer.Ordinal)
            .ToList();

    /// <summary>Draws the chart.</summary>
    /// <returns>An <c>svg</c> element.</returns>
    public string Render()
    {
        var rows = OrderedRows;
        double left = Math.Max(100, Math.Min(360, rows.Select(r => ChartCanvas.TextWidth(r.Parameter, 12)).DefaultIfEmpty(40).Max() + 20));
        double right = Width - ValueColumn;
        double plotTop = MarginTop + 4;
        double plotBottom = Height - MarginBottom;

        var values = rows.SelectMany(r => new[] { r.S1, r.S1Low, r.S1High, r.ST, r.STLow, r.STHigh }).Where(double.IsFinite).ToList();
        double min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        double max = Math.Max(values.DefaultIfEmpty(1).Max(), min + 0.1);
        var ticks = NiceTicks.Choose(min, max, 5);
        var x = new LinearScale(ticks.Min, ticks.Max, left, right);

        var svg = new SvgBuilder();
        ChartCanvas.Open(svg, Id, Width, Height, Title, Describe(rows), "tornado");
        ChartCanvas.Legend(
            svg,
            left,
            [
                new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, "S1 first-order", 0.85),
                new LegendEntry(LegendSymbol.Swatch, ChartPalette.Orange, "ST total", 0.85),
                new LegendEntry(LegendSymbol.Line, ChartPalette.Ink, "95% interval"),
            ]);
        ChartCanvas.BottomAxis(svg, x, ticks, plotTop, plotBottom, $"Sobol index of {Metric} (share of output variance, 0–1)");

        svg.Open("g", ("class", "plot"), ("data-x-domain", $"{Invariant(x.DomainMin)} {Invariant(x.DomainMax)}"), ("data-x-range", $"{N(x.RangeMin)} {N(x.RangeMax)}"));
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            double y = plotTop + 6 + (i * RowHeight);
            svg.Open("g", ("class", "row"), ("data-parameter", row.Parameter));
            svg.Text("title", $"{row.Parameter}: S1 {Values(row.S1, row.S1Low, row.S1High)}; ST {Values(row.ST, row.STLow, row.STHigh)}");
            svg.Text("text", row.Parameter, ("x", N(left - 10)), ("y", N(y + (RowHeight / 2) + 1)), ("text-anchor", "end"), ("fill", ChartPalette.Ink));
            Bar(svg, x, y + 4, row.S1, row.S1Low, row.S1High, ChartPalette.Blue, "s1");
            Bar(svg, x, y + 18, row.ST, row.STLow, row.STHigh, ChartPalette.Orange, "st");
            svg.Text("text", $"S1 {Values(row.S1, row.S1Low, row.S1High)}", ("x", N(right + 14)), ("y", N(y + 13)), ("fill", ChartPalette.Ink), ("font-size", "11"));
            svg.Text("text", $"ST {Values(row.ST, row.STLow, row.STHigh)}", ("x", N(right + 14)), ("y", N(y + 27)), ("fill", ChartPalette.Ink), ("font-size", "11"));
            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    private static void Bar(SvgBuilder svg, LinearScale x, double top, double value, double low, double high, string colour, string kind)
    {
        const double height = 12;
        if (double.IsFinite(value))
        {
            double zero = x.Map(0);
            double end = x.MapClamped(value);
            svg.Element("rect", ("class", "bar bar-" + kind), ("x", N(Math.Min(zero, end))), ("y", N(top)), ("width", N(Math.Max(0.5, Math.Abs(end - zero)))), ("height", N(height)), ("fill", colour), ("fill-opacity", "0.85"));
        }

        if (double.IsFinite(low) && double.IsFinite(high))
        {
            double middle = top + (height / 2);
            double x1 = x.MapClamped(low);
            double x2 = x.MapClamped(high);
            svg.Element("line", ("class", "ci ci-" + kind), ("x1", N(x1)), ("y1", N(middle)), ("x2", N(x2)), ("y2", N(middle)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
            svg.Element("line", ("x1", N(x1)), ("y1", N(middle - 4)), ("x2", N(x1)), ("y2", N(middle + 4)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
            svg.Element("line", ("x1", N(x2)), ("y1", N(middle - 4)), ("x2", N(x2)), ("y2", N(middle + 4)), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
        }
    }

    private string Describe(IReadOnlyList<TornadoRow> rows) =>
        $"Tornado chart of Sobol sensitivity indices for {Metric}, parameters sorted by total index: "
        + string.Join("; ", rows.Select(r => $"{r.Parameter} S1 {Values(r.S1, r.S1Low, r.S1High)}, ST {Values(r.ST, r.STLow, r.STHigh)}"))
        + ".";

    private static string Values(double value, double low, double high) =>
        !double.IsFinite(value) ? "no value"
        : double.IsFinite(low) && double.IsFinite(high) ? $"{Value(value)} [{Value(low)}, {Value(high)}]"
        : Value(value);

    private static string Value(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string N(double value) => SvgNumber.Format(value);
}
