namespace ScenarioSim.Model;

/// <summary>A point mass: always <see cref="Value"/> (YAML <c>{dist: fixed, value}</c>).</summary>
/// <param name="Value">The value.</param>
public sealed record FixedDistribution(double Value) : Distribution
{
    /// <inheritdoc />
    public override double Minimum => Value;

    /// <inheritdoc />
    public override double Maximum => Value;

    /// <inheritdoc />
    public override double Quantile(double u) => Value;
}
