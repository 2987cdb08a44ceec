using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// A tornado chart of sensitivity indices: one row per parameter, sorted by total index (largest on
/// top), with a bar for the first-order index S1 and one for the total index ST, each with its 95%
/// interval as a whisker.
/// </summary>
/// <remarks>Immutable once built; <see cref="ParameterBarChart{TRow}.Render"/> is thread-safe.</remarks>
internal sealed class TornadoChart : ParameterBarChart<TornadoRow>
{
    /// <summary>Creates a chart; set its properties.</summary>
    public TornadoChart()
        : base(barsPerRow: 2, valueColumn: 210, kind: "tornado")
    {
    }

    private protected override string AxisLabel => $"Sobol index of {Metric} (share of output variance, 0–1)";

    private protected override IReadOnlyList<LegendEntry> Legend =>
    [
        new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, "S1 first-order", 0.85),
        new LegendEntry(LegendSymbol.Swatch, ChartPalette.Orange, "ST total", 0.85),
        new LegendEntry(LegendSymbol.Line, ChartPalette.Ink, "95% interval"),
    ];

    private protected override string ParameterOf(TornadoRow row) => row.Parameter;

    private protected override double RankOf(TornadoRow row) => row.ST;

    private protected override (double Min, double Max) Domain(IReadOnlyList<TornadoRow> rows)
    {
        var values = rows.SelectMany(r => new[] { r.S1, r.S1Low, r.S1High, r.ST, r.STLow, r.STHigh }).Where(double.IsFinite).ToList();
        double min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        return (min, Math.Max(values.DefaultIfEmpty(1).Max(), min + 0.1));
    }

    private protected override string Describe(IReadOnlyList<TornadoRow> rows) =>
        $"Tornado chart of Sobol sensitivity indices for {Metric}, parameters sorted by total index: "
        + string.Join("; ", rows.Select(r => $"{r.Parameter} S1 {Values(r.S1, r.S1Low, r.S1High)}, ST {Values(r.ST, r.STLow, r.STHigh)}"))
        + ".";

    private protected override BarRow Draw(TornadoRow row) => new(
        row.Parameter,
        $"{row.Parameter}: S1 {Values(row.S1, row.S1Low, row.S1High)}; ST {Values(row.ST, row.STLow, row.STHigh)}",
        [new BarValue(row.S1, row.S1Low, row.S1High, ChartPalette.Blue, "s1"), new BarValue(row.ST, row.STLow, row.STHigh, ChartPalette.Orange, "st")],
        [$"S1 {Values(row.S1, row.S1Low, row.S1High)}", $"ST {Values(row.ST, row.STLow, row.STHigh)}"]);

    private static string Values(double value, double low, double high) =>
        !double.IsFinite(value) ? "no value"
        : double.IsFinite(low) && double.IsFinite(high) ? $"{Value(value)} [{Value(low)}, {Value(high)}]"
        : Value(value);

    private static string Value(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
