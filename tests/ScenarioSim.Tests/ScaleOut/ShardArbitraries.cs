using FsCheck;
using FsCheck.Fluent;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>FsCheck generators for sharding, kept in one place.</summary>
public static class ShardArbitraries
{
    /// <summary>Up to 300 shards of up to ten million items (more shards than items included).</summary>
    public static Arbitrary<ShardSplit> ShardSplit() =>
        (from count in Gen.Choose(1, 300)
         from total in Gen.OneOf(Gen.Choose(0, 400), Gen.Choose(0, 10_000_000))
         select new ShardSplit(count, total)).ToArbitrary();

    /// <summary>Small runs (up to 120 replications in up to 9 shards) so that each case runs in milliseconds.</summary>
    public static Arbitrary<ShardedRunCase> ShardedRunCase() =>
        (from shards in Gen.Choose(1, 9)
         from replications in Gen.Choose(1, 120)
         from seed in Gen.Choose(0, 1000)
         from rotation in Gen.Choose(0, 8)
         select new ShardedRunCase(shards, replications, (ulong)seed, rotation)).ToArbitrary();

    /// <summary>Up to 10 shards (more than the 7 points of the test sweep, too), merged in any rotation.</summary>
    public static Arbitrary<PointSplit> PointSplit() =>
        (from shards in Gen.Choose(1, 10)
         from rotation in Gen.Choose(0, 9)
         select new PointSplit(shards, rotation)).ToArbitrary();
}
