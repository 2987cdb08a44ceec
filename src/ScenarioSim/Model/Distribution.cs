using System.Text.Json.Serialization;

namespace ScenarioSim.Model;

/// <summary>
/// A one-dimensional distribution for an uncertain quantity that is drawn once per replication
/// (a schedule slip, or any numeric parameter given as a distribution). Create instances with the
/// static factories. Values are drawn by inverting the CDF, so one uniform gives one value.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "dist")]
[JsonDerivedType(typeof(FixedDistribution), "fixed")]
[JsonDerivedType(typeof(UniformDistribution), "uniform")]
[JsonDerivedType(typeof(TriangularDistribution), "triangular")]
[JsonDerivedType(typeof(NormalDistribution), "normal")]
[JsonDerivedType(typeof(LogNormalDistribution), "lognormal")]
[JsonDerivedType(typeof(BetaDistribution), "beta")]
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

    /// <summary>Normal with the given mean and standard deviation.</summary>
    public static NormalDistribution Normal(double mean, double sd) => new(mean, sd);

    /// <summary>Log-normal whose logarithm has mean <paramref name="mu"/> and standard deviation <paramref name="sigma"/>.</summary>
    public static LogNormalDistribution LogNormal(double mu, double sigma) => new(mu, sigma);

    /// <summary>Beta(<paramref name="alpha"/>, <paramref name="beta"/>) on [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static BetaDistribution Beta(double alpha, double beta, double min = 0, double max = 1) => new(alpha, beta, min, max);

    /// <summary>Maps a uniform <paramref name="u"/> in [0, 1) to a value by inverting the CDF.</summary>
    public abstract double Quantile(double u);
}
