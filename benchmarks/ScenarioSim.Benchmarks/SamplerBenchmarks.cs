using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using MathNet.Numerics.Distributions;
using ScenarioSim.Randomness;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Benchmarks;

/// <summary>
/// The samplers, per variate: MathNet.Numerics (baseline: its own xoshiro256** source, not thread-safe,
/// so no locking), ours scalar, and ours eight lanes at a time.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SamplerBenchmarks
{
    private const int Draws = 1024;

    private MathNet.Numerics.Random.Xoshiro256StarStar _mathNet = null!;
    private Xoshiro256StarStar _scalar;
    private Xoshiro256StarStarBlock _block;

    [GlobalSetup]
    public void Setup()
    {
        _mathNet = new MathNet.Numerics.Random.Xoshiro256StarStar(42, threadSafe: false);
        _scalar = new Xoshiro256StarStar(42);
        Span<ulong> seeds = stackalloc ulong[Xoshiro256StarStarBlock.Lanes];
        for (int i = 0; i < seeds.Length; i++)
        {
            seeds[i] = (ulong)(42 + i);
        }

        _block = Xoshiro256StarStarBlock.Create(seeds);
    }

    [BenchmarkCategory("Uniform"), Benchmark(Baseline = true, OperationsPerInvoke = Draws)]
    public double Uniform_MathNet()
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++)
        {
            sum += _mathNet.NextDouble();
        }

        return sum;
    }

    [BenchmarkCategory("Uniform"), Benchmark(OperationsPerInvoke = Draws)]
    public double Uniform_Scalar()
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++)
        {
            sum += _scalar.NextDouble();
        }

        return sum;
    }

    [BenchmarkCategory("Uniform"), Benchmark(OperationsPerInvoke = Draws)]
    public double Uniform_Block()
    {
        var sum = BlockVector.Zero;
        for (int i = 0; i < Draws / 8; i++)
        {
            sum += _block.NextDouble();
        }

        return Vector512.Sum(sum.Value);
    }

    [BenchmarkCategory("PoissonSmallMean"), Benchmark(Baseline = true, OperationsPerInvoke = Draws)]
    public double PoissonSmall_MathNet() => MathNetPoisson(0.5);

    [BenchmarkCategory("PoissonSmallMean"), Benchmark(OperationsPerInvoke = Draws)]
    public double PoissonSmall_Scalar() => ScalarPoisson(0.5);

    [BenchmarkCategory("PoissonSmallMean"), Benchmark(OperationsPerInvoke = Draws)]
    public double PoissonSmall_Block() => BlockPoisson(0.5);

    [BenchmarkCategory("PoissonLargeMean"), Benchmark(Baseline = true, OperationsPerInvoke = Draws)]
    public double PoissonLarge_MathNet() => MathNetPoisson(100);

    [BenchmarkCategory("PoissonLargeMean"), Benchmark(OperationsPerInvoke = Draws)]
    public double PoissonLarge_Scalar() => ScalarPoisson(100);

    [BenchmarkCategory("PoissonLargeMean"), Benchmark(OperationsPerInvoke = Draws)]
    public double PoissonLarge_Block() => BlockPoisson(100);

    [BenchmarkCategory("Binomial"), Benchmark(Baseline = true, OperationsPerInvoke = Draws)]
    public double Binomial_MathNet()
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++)
        {
            sum += Binomial.Sample(_mathNet, 0.0008, 3000);
        }

        return sum;
    }

    [BenchmarkCategory("Binomial"), Benchmark(OperationsPerInvoke = Draws)]
    public double Binomial_Scalar()
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++)
        {
            sum += BinomialSampler.Sample(ref _scalar, 3000, 0.0008);
        }

        return sum;
    }

    [BenchmarkCategory("Binomial"), Benchmark(OperationsPerInvoke = Draws)]
    public double Binomial_Block()
    {
        var n = BlockVector.Create(3000.0);
        var p = BlockVector.Create(0.0008);
        var log1mP = BlockVector.Create(Math.Log(1 - 0.0008));
        var sum = BlockVector.Zero;
        for (int i = 0; i < Draws / 8; i++)
        {
            sum += BlockSamplers.Binomial(ref _block, n, p, log1mP, BlockVector.AllBitsSet);
        }

        return Vector512.Sum(sum.Value);
    }

    private double MathNetPoisson(double mean)
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++)
        {
            sum += Poisson.Sample(_mathNet, mean);
        }

        return sum;
    }

    private double ScalarPoisson(double mean)
    {
        double sum = 0;
        for (int i = 0; i < Draws; i++)
        {
            sum += PoissonSampler.Sample(ref _scalar, mean);
        }

        return sum;
    }

    private double BlockPoisson(double mean)
    {
        var lambda = BlockVector.Create(mean);
        var sum = BlockVector.Zero;
        for (int i = 0; i < Draws / 8; i++)
        {
            sum += BlockSamplers.Poisson(ref _block, lambda);
        }

        return Vector512.Sum(sum.Value);
    }
}
