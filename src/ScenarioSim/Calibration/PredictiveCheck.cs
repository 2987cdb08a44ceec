namespace ScenarioSim.Calibration;

/// <summary>One observed row against the simulated distribution of its count.</summary>
/// <param name="Row">The observed row.</param>
/// <param name="Mean">Mean of the simulated counts.</param>
/// <param name="P05">5% quantile of the simulated counts (type 7).</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95% quantile.</param>
/// <param name="UpperTail">P(simulated ≥ observed): near 0 means the model undershoots the row, near 1 that it overshoots.</param>
/// <param name="Pearson">(observed − mean)² / variance of the simulated counts; NaN when the variance is 0.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record PredictiveCheck(Observation Row, double Mean, double P05, double P50, double P95, double UpperTail, double Pearson)
{
    /// <summary>True when the observed count lies in the 90% predictive interval [P05, P95].</summary>
    public bool InInterval90 => Row.Count >= P05 && Row.Count <= P95;

    /// <summary>Compares every row with its simulated samples.</summary>
    /// <param name="rows">Observed rows.</param>
    /// <param name="samples">Simulated counts, <c>samples[row][replication]</c>.</param>
    /// <returns>One check per row.</returns>
    public static IReadOnlyList<PredictiveCheck> Compare(IReadOnlyList<Observation> rows, long[][] samples)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(samples);
        var checks = new List<PredictiveCheck>(rows.Count);
        for (int j = 0; j < rows.Count; j++)
        {
            var sorted = samples[j].Select(x => (double)x).Order().ToArray();
            double mean = sorted.Average();
            double variance = sorted.Length > 1 ? sorted.Sum(x => (x - mean) * (x - mean)) / (sorted.Length - 1) : 0;
            double y = rows[j].Count;
            checks.Add(new PredictiveCheck(
                rows[j],
                mean,
                ForecastScores.Quantile(sorted, 0.05),
                ForecastScores.Quantile(sorted, 0.50),
                ForecastScores.Quantile(sorted, 0.95),
                sorted.Count(x => x >= y) / (double)sorted.Length,
                variance > 0 ? (y - mean) * (y - mean) / variance : double.NaN));
        }

        return checks;
    }
}
