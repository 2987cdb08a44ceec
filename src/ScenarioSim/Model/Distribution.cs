using System.Text.Json.Serialization;

namespace ScenarioSim.Model;

/// <summary>
/// A one-dimensional distribution for an uncertain quantity that is drawn once per replication
/// (e.g. a schedule slip). Create instances with the static factories.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "dist")]
[JsonDerivedType(typeof(FixedDistribution), "fixed")]
[JsonDerivedType(typeof(UniformDistribution), "uniform")]
[JsonDerivedType(typeof(TriangularDistribution), "triangular")]
public abstract record Distribution
{
    private protected Distribution()
    {
    }

    /// <summary>The smallest value the distribution can produce.</summary>
    [JsonIgnore]
    public abstract double Minimum { get; }

    /// <summary>The largest value the distribution can produce.</summary>
    [JsonIgnore]
    public abstract double Maximum { get; }

    /// <summary>A point mass at <paramref name="value"/>.</summary>
    public static FixedDistribution Fixed(double value) => new(value);

    /// <summary>Uniform on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static UniformDistribution Uniform(double min, double max) => new(min, max);

    /// <summary>Triangular on [<paramref name="min"/>, <paramref name="max"/>] with peak at <paramref name="mode"/>.</summary>
    public static TriangularDistribution Triangular(double min, double mode, double max) => new(min, mode, max);

    /// <summary>Maps a uniform <paramref name="u"/> in [0, 1) to a value by inverting the CDF.</summary>
    public abstract double Quantile(double u);
}
