namespace ScenarioSim.Model;

/// <summary>
/// Log-normal: <c>exp(N(Mu, Sigma²))</c>, so its median is <c>exp(Mu)</c> (YAML <c>{dist: lognormal, mu, sigma}</c>).
/// </summary>
/// <param name="Mu">Mean of the logarithm.</param>
/// <param name="Sigma">Standard deviation of the logarithm, &gt; 0.</param>
public sealed record LogNormalDistribution(double Mu, double Sigma) : Distribution
{
    /// <inheritdoc />
    public override double Minimum => 0;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Quantile(double u) => MathNet.Numerics.Distributions.LogNormal.InvCDF(Mu, Sigma, u);
}
