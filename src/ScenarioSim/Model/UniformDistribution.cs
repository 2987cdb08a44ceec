namespace ScenarioSim.Model;

/// <summary>Uniform on [<see cref="Min"/>, <see cref="Max"/>] (YAML <c>{dist: uniform, min, max}</c>).</summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound, ≥ <paramref name="Min"/>.</param>
public sealed record UniformDistribution(double Min, double Max) : Distribution
{
    /// <inheritdoc />
    public override double Minimum => Min;

    /// <inheritdoc />
    public override double Maximum => Max;

    /// <inheritdoc />
    public override double Quantile(double u) => Min + (u * (Max - Min));
}
