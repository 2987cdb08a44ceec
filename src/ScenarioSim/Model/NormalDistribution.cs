namespace ScenarioSim.Model;

/// <summary>Normal with mean <see cref="Mean"/> and standard deviation <see cref="Sd"/> (YAML <c>{dist: normal, mean, sd}</c>).</summary>
/// <param name="Mean">The mean.</param>
/// <param name="Sd">The standard deviation, &gt; 0.</param>
public sealed record NormalDistribution(double Mean, double Sd) : Distribution
{
    /// <inheritdoc />
    public override double Minimum => double.NegativeInfinity;

    /// <inheritdoc />
    public override double Maximum => double.PositiveInfinity;

    /// <inheritdoc />
    public override double Quantile(double u) => MathNet.Numerics.Distributions.Normal.InvCDF(Mean, Sd, u);
}
