using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// The parts every chart shares: the <c>svg</c> root with its accessible <c>title</c> and <c>desc</c>,
/// the visible title, the legend, numeric and date axes with grid lines, and key-date rules.
/// </summary>
internal static class ChartCanvas
{
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
    public const double TitleBaseline = 20;
    public const double LegendBaseline = 40;
    private const double TickLabelSize = 11;

    /// <summary>Opens the root element; the caller closes it.</summary>
    public static void Open(SvgBuilder svg, string id, double width, double height, string title, string description, string kind)
    {
        svg.Open(
            "svg",
            ("id", id),
            ("class", "chart chart-" + kind),
            ("width", SvgNumber.Format(width)),
            ("height", SvgNumber.Format(height)),
            ("viewBox", $"0 0 {SvgNumber.Format(width)} {SvgNumber.Format(height)}"),
            ("role", "img"),
            ("aria-labelledby", $"{id}-title {id}-desc"),
            ("font-family", FontFamily),
            ("font-size", "12"));
        svg.Text("title", title, ("id", id + "-title"));
        svg.Text("desc", description, ("id", id + "-desc"));
        svg.Element("rect", ("x", "0"), ("y", "0"), ("width", SvgNumber.Format(width)), ("height", SvgNumber.Format(height)), ("fill", "#ffffff"));
        svg.Text("text", title, ("x", "8"), ("y", SvgNumber.Format(TitleBaseline)), ("font-size", "14"), ("font-weight", "600"), ("fill", ChartPalette.Ink), ("class", "chart-title"));
    }

    /// <summary>Draws a one-row legend starting at (x, <see cref="LegendBaseline"/>); returns the x after the last entry.</summary>
    public static double Legend(SvgBuilder svg, double x, IEnumerable<LegendEntry> entries, double baseline = LegendBaseline)
    {
        svg.Open("g", ("class", "legend"));
        foreach (var entry in entries)
        {
            double y = baseline - 4;
            switch (entry.Symbol)
            {
                case LegendSymbol.Line:
                    svg.Element("line", ("x1", N(x)), ("y1", N(y)), ("x2", N(x + 18)), ("y2", N(y)), ("stroke", entry.Colour), ("stroke-width", "2.5"));
                    break;
                case LegendSymbol.DashedLine:
                    svg.Element("line", ("x1", N(x)), ("y1", N(y)), ("x2", N(x + 18)), ("y2", N(y)), ("stroke", entry.Colour), ("stroke-width", "2"), ("stroke-dasharray", "6 3"));
                    break;
                case LegendSymbol.Swatch:
                    svg.Element("rect", ("x", N(x)), ("y", N(y - 6)), ("width", "18"), ("height", "12"), ("fill", entry.Colour), ("fill-opacity", N(entry.Opacity)));
                    break;
                case LegendSymbol.Rule:
                    svg.Element("line", ("x1", N(x + 9)), ("y1", N(y - 7)), ("x2", N(x + 9)), ("y2", N(y + 7)), ("stroke", entry.Colour), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3"));
                    break;
                case LegendSymbol.DotInterval:
                    svg.Element("line", ("x1", N(x)), ("y1", N(y)), ("x2", N(x + 18)), ("y2", N(y)), ("stroke", entry.Colour), ("stroke-width", "2"));
                    svg.Element("circle", ("cx", N(x + 9)), ("cy", N(y)), ("r", "4"), ("fill", entry.Colour));
                    break;
                case LegendSymbol.Diamond:
                    svg.Element("path", ("d", Diamond(x + 9, y, 5)), ("fill", entry.Colour));
                    break;
                case LegendSymbol.Circle:
                    svg.Element("circle", ("cx", N(x + 9)), ("cy", N(y)), ("r", "3.5"), ("fill", "#ffffff"), ("stroke", entry.Colour), ("stroke-width", "1.5"));
                    break;
            }

            svg.Text("text", entry.Label, ("x", N(x + 23)), ("y", N(baseline)), ("fill", ChartPalette.Ink));
            x += 23 + TextWidth(entry.Label, 12) + 16;
        }

        svg.Close();
        return x;
    }

    /// <summary>A vertical numeric axis on the left of the plot: grid lines, tick labels and a rotated title.</summary>
    public static void LeftAxis(SvgBuilder svg, LinearScale y, TickSet ticks, double left, double right, string label, Func<double, string>? format = null)
    {
        svg.Open("g", ("class", "axis axis-y"));
        foreach (double tick in ticks.Values)
        {
            double position = y.Map(tick);
            svg.Element("line", ("x1", N(left)), ("y1", N(position)), ("x2", N(right)), ("y2", N(position)), ("stroke", tick == 0 ? "#999999" : ChartPalette.Grid), ("stroke-width", "1"));
            svg.Text("text", (format ?? ticks.Format)(tick), ("x", N(left - 6)), ("y", N(position + 4)), ("text-anchor", "end"), ("font-size", N(TickLabelSize)), ("fill", ChartPalette.Muted));
        }

        double middle = (y.RangeMin + y.RangeMax) / 2;
        svg.Text("text", label, ("transform", $"translate(14 {N(middle)}) rotate(-90)"), ("text-anchor", "middle"), ("fill", ChartPalette.Ink), ("class", "axis-title"));
        svg.Close();
    }

    /// <summary>A horizontal numeric axis under the plot: vertical grid lines, tick labels and a title.</summary>
    public static void BottomAxis(SvgBuilder svg, LinearScale x, TickSet ticks, double top, double bottom, string label, Func<double, string>? format = null)
    {
        svg.Open("g", ("class", "axis axis-x"));
        foreach (double tick in ticks.Values)
        {
            double position = x.Map(tick);
            svg.Element("line", ("x1", N(position)), ("y1", N(top)), ("x2", N(position)), ("y2", N(bottom)), ("stroke", tick == 0 ? "#999999" : ChartPalette.Grid), ("stroke-width", "1"));
            svg.Text("text", (format ?? ticks.Format)(tick), ("x", N(position)), ("y", N(bottom + 15)), ("text-anchor", "middle"), ("font-size", N(TickLabelSize)), ("fill", ChartPalette.Muted));
        }

        svg.Text("text", label, ("x", N((x.RangeMin + x.RangeMax) / 2)), ("y", N(bottom + 32)), ("text-anchor", "middle"), ("fill", ChartPalette.Ink), ("class", "axis-title"));
        svg.Close();
    }

    /// <summary>A date axis under the plot: ticks at month starts with one- or two-line labels, and a title.</summary>
    public static void DateAxis(SvgBuilder svg, DateScale x, double top, double bottom, string label)
    {
        svg.Open("g", ("class", "axis axis-date"));
        svg.Element("line", ("x1", N(x.Days.RangeMin)), ("y1", N(bottom)), ("x2", N(x.Days.RangeMax)), ("y2", N(bottom)), ("stroke", "#999999"));
        foreach (var tick in x.Ticks())
        {
            double position = x.Map(tick.Date);
            svg.Element("line", ("x1", N(position)), ("y1", N(top)), ("x2", N(position)), ("y2", N(bottom + 4)), ("stroke", ChartPalette.Grid));
            svg.Open("text", ("x", N(position)), ("y", N(bottom + 15)), ("text-anchor", "middle"), ("font-size", N(TickLabelSize)), ("fill", ChartPalette.Muted));
            svg.Text("tspan", tick.Label, ("x", N(position)));
            if (tick.SecondLine is { } year)
            {
                svg.Text("tspan", year, ("x", N(position)), ("dy", "12"));
            }

            svg.Close();
        }

        svg.Text("text", label, ("x", N((x.Days.RangeMin + x.Days.RangeMax) / 2)), ("y", N(bottom + 42)), ("text-anchor", "middle"), ("fill", ChartPalette.Ink), ("class", "axis-title"));
        svg.Close();
    }

    /// <summary>Dashed vertical rules at the markers inside the date range, each with its tag at the top and its label as tooltip.</summary>
    public static void Markers(SvgBuilder svg, DateScale x, IReadOnlyList<DateMarker> markers, double top, double bottom)
    {
        if (markers.Count == 0)
        {
            return;
        }

        svg.Open("g", ("class", "key-dates"));
        foreach (var marker in markers)
        {
            double position = x.Map(marker.Date);
            if (position < x.Days.RangeMin || position > x.Days.RangeMax)
            {
                continue;
            }

            svg.Open("g", ("class", "key-date"), ("data-date", marker.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            svg.Text("title", $"{marker.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {marker.Label}");
            svg.Element("line", ("x1", N(position)), ("y1", N(top)), ("x2", N(position)), ("y2", N(bottom)), ("stroke", ChartPalette.Vermillion), ("stroke-width", "1.25"), ("stroke-dasharray", "4 3"));
            svg.Element("rect", ("x", N(position - 8)), ("y", N(top)), ("width", "16"), ("height", "14"), ("rx", "3"), ("fill", ChartPalette.Vermillion));
            svg.Text("text", marker.Tag, ("x", N(position)), ("y", N(top + 11)), ("text-anchor", "middle"), ("font-size", "10"), ("font-weight", "600"), ("fill", "#ffffff"));
            svg.Close();
        }

        svg.Close();
    }

    /// <summary>Path data for a diamond centred on (x, y).</summary>
    public static string Diamond(double x, double y, double r) =>
        $"M{N(x)} {N(y - r)} L{N(x + r)} {N(y)} L{N(x)} {N(y + r)} L{N(x - r)} {N(y)} Z";

    /// <summary>A rough width of <paramref name="text"/> in pixels at <paramref name="fontSize"/>, for layout without a font engine.</summary>
    public static double TextWidth(string text, double fontSize) => text.Length * fontSize * 0.56;

    public static string N(double value) => SvgNumber.Format(value);
}
