using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// A horizontal bar chart of how much of a metric's spread each of a scenario's uncertain parameters
/// explains: one row per parameter, largest on top, the bar its share of the metric's variance (the
/// squared rank correlation, 0–100% of the whole spread, not of what the parameters explain together)
/// on a fixed axis, coloured by the sign of its rank correlation, with the share and the signed rank
/// correlation written at the right.
/// </summary>
/// <remarks>Immutable once built; <see cref="ParameterBarChart{TRow}.Render"/> is thread-safe.</remarks>
public sealed class ContributionChart : ParameterBarChart<ContributionRow>
{
    /// <summary>Creates a chart; set its properties.</summary>
    public ContributionChart()
        : base(barsPerRow: 1, valueColumn: 170, kind: "contribution")
    {
    }

    private protected override string AxisLabel => $"Share of the variance of {Metric} explained alone (ρ², 0–100%)";

    private protected override IReadOnlyList<LegendEntry> Legend =>
    [
        new LegendEntry(LegendSymbol.Swatch, ChartPalette.Blue, "ρ ≥ 0: higher draws, higher metric", 0.85),
        new LegendEntry(LegendSymbol.Swatch, ChartPalette.Orange, "ρ < 0: higher draws, lower metric", 0.85),
    ];

    private protected override Func<double, string>? TickFormat => PercentTick;

    private protected override string ParameterOf(ContributionRow row) => row.Parameter;

    private protected override double RankOf(ContributionRow row) => row.Contribution;

    private protected override (double Min, double Max) Domain(IReadOnlyList<ContributionRow> rows) => (0, 1);

    private protected override string Describe(IReadOnlyList<ContributionRow> rows) =>
        $"Bar chart of each uncertain parameter's contribution to the variance of {Metric} (its squared Spearman rank correlation with the metric: the share of the metric's whole variance it explains alone), largest first: "
        + string.Join("; ", rows.Select(r => $"{r.Parameter} {Percent(r.Contribution)} (rank correlation {Correlation(r.RankCorrelation)})"))
        + ".";

    private protected override BarRow Draw(ContributionRow row)
    {
        bool negative = row.RankCorrelation < 0;
        return new BarRow(
            row.Parameter,
            $"{row.Parameter}: {Percent(row.Contribution)} of the variance, rank correlation {Correlation(row.RankCorrelation)}",
            [new BarValue(row.Contribution, double.NaN, double.NaN, negative ? ChartPalette.Orange : ChartPalette.Blue, negative ? "negative" : "positive")],
            [$"{Percent(row.Contribution)} (ρ = {Correlation(row.RankCorrelation)})"]);
    }

    private static string Percent(double share) =>
        double.IsFinite(share) ? (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "no value";

    private static string PercentTick(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

    private static string Correlation(double rho) =>
        double.IsFinite(rho) ? rho.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "no value";
}
