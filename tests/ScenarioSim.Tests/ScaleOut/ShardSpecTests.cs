using ScenarioSim.Engine;

namespace ScenarioSim.Tests.ScaleOut;

public class ShardSpecTests
{
    private static readonly object[] InvalidShards =
    [
        new object[] { "3", "'3' is not a valid shard: expected K/N, two whole numbers with 1 <= K <= N, e.g. 3/8." },
        new object[] { "a/8", "'a/8' is not a valid shard: expected K/N, two whole numbers with 1 <= K <= N, e.g. 3/8." },
        new object[] { " 1/8", "' 1/8' is not a valid shard: expected K/N, two whole numbers with 1 <= K <= N, e.g. 3/8." },
        new object[] { "-1/8", "'-1/8' is not a valid shard: expected K/N, two whole numbers with 1 <= K <= N, e.g. 3/8." },
        new object[] { "1/0", "'1/0' is not a valid shard: the shard count N must be at least 1, but was 0." },
        new object[] { "0/8", "'0/8' is not a valid shard: the shard index K must be from 1 to N = 8, but was 0." },
        new object[] { "9/8", "'9/8' is not a valid shard: the shard index K must be from 1 to N = 8, but was 9." },
    ];

    [TestCaseSource(nameof(InvalidShards))]
    public void Parse_Invalid_MessageSaysWhy(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => ShardSpec.Parse(text));

        Assert.That(error!.Message, Is.EqualTo(message));
        Assert.That(ShardSpec.TryParse(text, out _), Is.False);
    }

    [TestCase("1/1", 1, 1)]
    [TestCase("3/8", 3, 8)]
    [TestCase("08/08", 8, 8)]
    public void Parse_Valid_IndexAndCount(string text, int index, int count)
    {
        var shard = ShardSpec.Parse(text);

        Assert.That((shard.Index, shard.Count), Is.EqualTo((index, count)));
        Assert.That(shard, Is.EqualTo(new ShardSpec(index, count)));
    }

    [Test]
    public void RangeOf_SevenShardsOfThousand_FloorBoundaries()
    {
        var ranges = ShardSpec.All(7).Select(s => s.RangeOf(1000).ToString());

        Assert.That(ranges, Is.EqualTo(new[]
        {
            "[0, 142)", "[142, 285)", "[285, 428)", "[428, 571)", "[571, 714)", "[714, 857)", "[857, 1000)",
        }));
    }

    [Test]
    public void RangeOf_MoreShardsThanItems_SomeShardsEmpty()
    {
        var counts = ShardSpec.All(5).Select(s => s.RangeOf(2).Count);

        Assert.That(counts, Is.EqualTo(new long[] { 0, 0, 1, 0, 1 }));
    }

    [Test]
    public void RangeOf_HugeTotal_NoOverflow()
    {
        var last = new ShardSpec(1000, 1000);

        Assert.That(last.EndOf(long.MaxValue), Is.EqualTo(long.MaxValue));
        Assert.That(new ShardSpec(999, 1000).EndOf(long.MaxValue), Is.EqualTo((long)((Int128)999 * long.MaxValue / 1000)));
    }

    [Test]
    public void Constructor_IndexOutOfRange_Throws()
    {
        Assert.That(() => new ShardSpec(0, 3), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => new ShardSpec(1, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(ShardArbitraries)], MaxTest = 200)]
    public bool RangeOf_ShardsTileTheWholeInOrder_SizesDifferByAtMostOne(ShardSplit split)
    {
        var shards = ShardSpec.All(split.Count);
        var ranges = shards.Select(s => s.RangeOf(split.Total)).ToList();
        bool contiguous = ranges[0].First == 0 && ranges[^1].End == split.Total
            && ranges.Zip(ranges.Skip(1)).All(p => p.First.End == p.Second.First);
        long spread = ranges.Max(r => r.Count) - ranges.Min(r => r.Count);
        bool roundTrips = shards.All(s => ShardSpec.Parse(s.ToString()) == s);
        return contiguous && spread <= 1 && roundTrips;
    }
}
