using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// One model's forecasts of a rolling back-test against what happened: a row per origin with the 90% and
/// 50% intervals as bands, the median as a tick and the observed total as a diamond (filled when inside
/// the 90% interval, hollow when outside).
/// </summary>
/// <remarks>Immutable once built; <see cref="Render"/> is thread-safe.</remarks>
internal sealed class ForecastFanChart
{
    private const double MarginTop = 44;
    private const double MarginBottom = 52;
    private const double RowHeight = 26;
    private const double ValueColumn = 190;

    /// <summary>The SVG element's id, unique in the page.</summary>
    public required string Id { get; init; }

    /// <summary>The chart's title.</summary>
    public required string Title { get; init; }

    /// <summary>The rows, one per origin, top to bottom.</summary>
    public required IReadOnlyList<ForecastFanRow> Rows { get; init; }

    /// <summary>The band colour.</summary>
    /// <value>The default is the palette's blue.</value>
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
        double left = Math.Max(80, Rows.Select(r => ChartCanvas.TextWidth(r.Label, 12)).DefaultIfEmpty(40).Max() + 20);
        double right = Width - ValueColumn;
        double plotTop = MarginTop + 4;
        double plotBottom = Height - MarginBottom;
        var values = Rows.SelectMany(r => new[] { r.P05, r.P95, r.Observed }).Where(double.IsFinite).DefaultIfEmpty(0).ToArray();
        var ticks = NiceTicks.Choose(Math.Min(0, values.Min()), Math.Max(1, values.Max()), 6);
        var x = new LinearScale(ticks.Min, ticks.Max, left, right);

        var svg = new SvgBuilder();
        string description = $"{Title}. Per origin: median [90% interval], observed. " + string.Join("; ", Rows.Select(r => $"{r.Label}: {Text(r)}")) + ".";
        ChartCanvas.Open(svg, Id, Width, Height, Title, description, "forecast-fan");
        ChartCanvas.Legend(svg, left,
        [
            new LegendEntry(LegendSymbol.Swatch, Colour, "90% interval", 0.25),
            new LegendEntry(LegendSymbol.Swatch, Colour, "50% interval", 0.6),
            new LegendEntry(LegendSymbol.Rule, Colour, "median"),
            new LegendEntry(LegendSymbol.Diamond, ChartPalette.Ink, "observed"),
        ]);
        ChartCanvas.BottomAxis(svg, x, ticks, plotTop, plotBottom, "militia attacks in the window", null);
        svg.Open("g", ("class", "plot"));
        for (int i = 0; i < Rows.Count; i++)
        {
            var row = Rows[i];
            double y = plotTop + 6 + ((i + 0.5) * RowHeight);
            svg.Open("g", ("class", "row"));
            svg.Text("title", $"{row.Label}: {Text(row)}");
            svg.Text("text", row.Label, ("x", N(left - 10)), ("y", N(y + 4)), ("text-anchor", "end"), ("fill", ChartPalette.Ink));
            Band(svg, x, row.P05, row.P95, y, 8, 0.25);
            Band(svg, x, row.P25, row.P75, y, 8, 0.6);
            double median = x.MapClamped(row.P50);
            svg.Element("line", ("class", "median"), ("x1", N(median)), ("y1", N(y - 9)), ("x2", N(median)), ("y2", N(y + 9)), ("stroke", Colour), ("stroke-width", "2.5"));
            bool inside = row.Observed >= row.P05 && row.Observed <= row.P95;
            svg.Element("path", ("class", "observed"), ("d", ChartCanvas.Diamond(x.MapClamped(row.Observed), y, 6)),
                ("fill", inside ? ChartPalette.Ink : "#ffffff"), ("stroke", ChartPalette.Ink), ("stroke-width", "1.5"));
            svg.Text("text", Text(row), ("x", N(right + 14)), ("y", N(y + 4)), ("fill", ChartPalette.Ink), ("font-variant-numeric", "tabular-nums"));
            svg.Close();
        }

        svg.Close();
        svg.Close();
        return svg.ToString();
    }

    private void Band(SvgBuilder svg, LinearScale x, double low, double high, double y, double halfHeight, double opacity)
    {
        double x1 = x.MapClamped(low);
        double x2 = x.MapClamped(high);
        svg.Element("rect", ("class", "band"), ("x", N(x1)), ("y", N(y - halfHeight)), ("width", N(Math.Max(1, x2 - x1))), ("height", N(2 * halfHeight)),
            ("fill", Colour), ("fill-opacity", opacity.ToString("0.##", CultureInfo.InvariantCulture)));
    }

    private static string Text(ForecastFanRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.P50:0.#} [{row.P05:0.#}, {row.P95:0.#}], observed {row.Observed:0.#}");

    private static string N(double value) => SvgNumber.Format(value);
}
