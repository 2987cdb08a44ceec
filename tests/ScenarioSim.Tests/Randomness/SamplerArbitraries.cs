using FsCheck;
using FsCheck.Fluent;

namespace ScenarioSim.Tests.Randomness;

/// <summary>
/// FsCheck generators for the sampler properties, in one place: parameters spread log-uniformly over
/// the whole supported range (n up to 1e12, p down to 1e-12, means from 1e-12 to 1e15), mixed with
/// boundary and invalid values.
/// </summary>
public static class SamplerArbitraries
{
    private static readonly long[] SpecialTrials = [-1, 0, 1, 2, 19, 20, 1_000_000_000_000];

    private static readonly double[] SpecialProbabilities =
        [-0.5, 0.0, double.Epsilon, 1e-300, 1e-12, 0.5, 1 - 1e-16, 1.0, 1.5, double.NegativeInfinity];

    private static readonly double[] SpecialMeans =
        [double.NegativeInfinity, -1.0, 0.0, double.Epsilon, 9.999999999999998, 10.0, 1e15];

    /// <summary>Binomial arguments.</summary>
    public static Arbitrary<BinomialInput> BinomialInputs()
    {
        Gen<long> trials = Gen.Frequency(
            (4, LogUniform(0, 12).Select(x => (long)Math.Round(x))),
            (1, Gen.Elements(SpecialTrials)));
        Gen<double> probability = Gen.Frequency(
            (2, LogUniform(-12, 0)),
            (1, LogUniform(-12, 0).Select(x => 1 - x)),
            (1, Gen.Elements(SpecialProbabilities)));
        Gen<BinomialInput> input =
            from n in trials
            from p in probability
            from seed in Seeds()
            select new BinomialInput(n, p, seed);
        return input.ToArbitrary();
    }

    /// <summary>Poisson arguments.</summary>
    public static Arbitrary<PoissonInput> PoissonInputs()
    {
        Gen<double> mean = Gen.Frequency((4, LogUniform(-12, 15)), (1, Gen.Elements(SpecialMeans)));
        Gen<PoissonInput> input =
            from m in mean
            from seed in Seeds()
            select new PoissonInput(m, seed);
        return input.ToArbitrary();
    }

    private static Gen<double> LogUniform(int lowExponent, int highExponent) =>
        Gen.Choose(lowExponent * 1000, highExponent * 1000).Select(e => Math.Pow(10, e / 1000.0));

    private static Gen<ulong> Seeds() =>
        from high in Gen.Choose(int.MinValue, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select ((ulong)(uint)high << 32) | (uint)low;
}
