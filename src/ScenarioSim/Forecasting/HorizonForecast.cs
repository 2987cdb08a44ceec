using ScenarioSim.Calibration;

namespace ScenarioSim.Forecasting;

/// <summary>One model's forecast of one horizon total and its scores.</summary>
/// <param name="Mean">Mean of the forecast distribution.</param>
/// <param name="P05">5% quantile (type 7 on the samples); the 90% interval is [P05, P95].</param>
/// <param name="P25">25% quantile; the 50% interval is [P25, P75].</param>
/// <param name="P50">Median.</param>
/// <param name="P75">75% quantile.</param>
/// <param name="P95">95% quantile.</param>
/// <param name="Crps">Sample continuous ranked probability score.</param>
/// <param name="Covered50">The observed total lies in the 50% interval.</param>
/// <param name="Covered90">The observed total lies in the 90% interval.</param>
/// <param name="IntervalScore90">Interval score of the 90% interval (α = 0.1).</param>
/// <param name="Pit">Randomised probability integral transform, <c>F(y−1) + u·(F(y) − F(y−1))</c>: uniform on [0, 1] when the forecast is calibrated.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record HorizonForecast(
    double Mean, double P05, double P25, double P50, double P75, double P95, double Crps,
    bool Covered50, bool Covered90, double IntervalScore90, double Pit)
{
    /// <summary>Scores samples of a forecast total against the observed total.</summary>
    /// <param name="samples">Samples of the forecast distribution; at least one.</param>
    /// <param name="observed">The observed total.</param>
    /// <param name="uniform">The uniform in [0, 1) that randomises the PIT of a count.</param>
    /// <returns>The forecast's summary and scores.</returns>
    public static HorizonForecast Score(IReadOnlyList<double> samples, double observed, double uniform)
    {
        ArgumentNullException.ThrowIfNull(samples);
        var sorted = samples.Order().ToArray();
        double q05 = ForecastScores.Quantile(sorted, 0.05);
        double q25 = ForecastScores.Quantile(sorted, 0.25);
        double q75 = ForecastScores.Quantile(sorted, 0.75);
        double q95 = ForecastScores.Quantile(sorted, 0.95);
        double below = sorted.Count(x => x < observed) / (double)sorted.Length;
        double atOrBelow = sorted.Count(x => x <= observed) / (double)sorted.Length;
        return new HorizonForecast(
            sorted.Average(), q05, q25, ForecastScores.Quantile(sorted, 0.5), q75, q95,
            ForecastScores.Crps(sorted, observed),
            observed >= q25 && observed <= q75,
            observed >= q05 && observed <= q95,
            ForecastScores.IntervalScore(q05, q95, observed, 0.1),
            below + (uniform * (atOrBelow - below)));
    }
}
