namespace ScenarioSim.Statistics;

/// <summary>
/// Quantiles of the standard normal distribution (and of its square, χ² with one degree of freedom) that
/// intervals are built from: every 95% interval of the library, Wald, Wilson or profile likelihood, takes
/// its critical value from here.
/// </summary>
internal static class StandardNormal
{
    /// <summary>
    /// z such that P(Z ≤ z) = 0.975, the half-width in standard errors of a two-sided 95% interval, the
    /// exact value rounded to double (1.95996398454005423552…). MathNet.Numerics'
    /// <c>Normal.InvCDF(0, 1, 0.975)</c> returns 1.9599639845400538, one unit in the last place off, so
    /// the constant is written out rather than computed.
    /// </summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>
    /// The 95% point of χ² with one degree of freedom, the distribution of Z², so that a profile-likelihood
    /// interval ends where twice the log-likelihood has dropped by it: <see cref="Z975"/>² to the last
    /// bits. Written out as the exact value rounded to double, since MathNet.Numerics'
    /// <c>ChiSquared.InvCDF(1, 0.95)</c> returns 3.841458820694129.
    /// </summary>
    public const double ChiSquaredOne95 = 3.841458820694124;
}
