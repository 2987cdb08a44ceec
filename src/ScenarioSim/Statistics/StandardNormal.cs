namespace ScenarioSim.Statistics;

/// <summary>Quantiles of the standard normal distribution that intervals are built from.</summary>
internal static class StandardNormal
{
    /// <summary>
    /// z such that P(Z ≤ z) = 0.975, the half-width in standard errors of a two-sided 95% interval
    /// (<c>MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.975)</c>, written out so it is a constant).
    /// </summary>
    public const double Z975 = 1.959963984540054;
}
