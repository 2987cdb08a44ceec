namespace ScenarioSim.Calibration;

/// <summary>
/// The sampling covariance of fitted parameters on the optimiser's unbounded scale (log above a lower
/// bound, logit between two bounds): the inverse of the observed information there. A parameter on a
/// bound has NaN in its row and column.
/// </summary>
/// <param name="Paths">The parameters, in the matrix's order.</param>
/// <param name="Values">The matrix, one row per parameter.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record UnboundedCovariance(IReadOnlyList<string> Paths, IReadOnlyList<IReadOnlyList<double>> Values)
{
    /// <summary>The covariance of the parameters at <paramref name="path"/> and <paramref name="other"/>, NaN when either is missing.</summary>
    /// <param name="path">One parameter.</param>
    /// <param name="other">The other (the same for a variance).</param>
    /// <returns>The covariance.</returns>
    public double Of(string path, string other)
    {
        int i = IndexOf(path);
        int j = IndexOf(other);
        return i < 0 || j < 0 ? double.NaN : Values[i][j];
    }

    private int IndexOf(string path)
    {
        for (int i = 0; i < Paths.Count; i++)
        {
            if (Paths[i] == path)
            {
                return i;
            }
        }

        return -1;
    }
}
