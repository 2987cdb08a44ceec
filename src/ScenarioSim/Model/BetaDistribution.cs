namespace ScenarioSim.Model;

/// <summary>
/// Beta(<see cref="Alpha"/>, <see cref="BetaShape"/>) stretched onto [<see cref="Min"/>, <see cref="Max"/>]
/// (YAML <c>{dist: beta, alpha, beta, min, max}</c>; min and max default to 0 and 1).
/// </summary>
/// <param name="Alpha">First shape, &gt; 0.</param>
/// <param name="BetaShape">Second shape, &gt; 0 (YAML <c>beta</c>).</param>
/// <param name="Min">Lower bound.</param>
/// <param name="Max">Upper bound, &gt; <paramref name="Min"/>.</param>
public sealed record BetaDistribution(double Alpha, double BetaShape, double Min = 0, double Max = 1) : Distribution
{
    /// <inheritdoc />
    public override double Minimum => Min;

    /// <inheritdoc />
    public override double Maximum => Max;

    /// <inheritdoc />
    public override double Quantile(double u) => Min + ((Max - Min) * BetaQuantile.Of(Alpha, BetaShape, u));
}
