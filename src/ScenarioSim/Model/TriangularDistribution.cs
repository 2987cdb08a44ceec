namespace ScenarioSim.Model;

/// <summary>
/// Triangular on [<see cref="Min"/>, <see cref="Max"/>] peaking at <see cref="Mode"/>
/// (YAML <c>{dist: triangular, min, mode, max}</c>).
/// </summary>
/// <param name="Min">Lower bound.</param>
/// <param name="Mode">Most likely value, within the bounds.</param>
/// <param name="Max">Upper bound.</param>
public sealed record TriangularDistribution(double Min, double Mode, double Max) : Distribution
{
    /// <inheritdoc />
    public override double Minimum => Min;

    /// <inheritdoc />
    public override double Maximum => Max;

    /// <inheritdoc />
    public override double Quantile(double u)
    {
        double width = Max - Min;
        if (width <= 0)
        {
            return Min;
        }

        double split = (Mode - Min) / width;
        return u < split
            ? Min + Math.Sqrt(u * width * (Mode - Min))
            : Max - Math.Sqrt((1 - u) * width * (Max - Mode));
    }
}
