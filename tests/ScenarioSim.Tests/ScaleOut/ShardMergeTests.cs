using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.ScaleOut;
using ScenarioSim.Tests.Engine;

namespace ScenarioSim.Tests.ScaleOut;

public class ShardMergeTests
{
    private readonly ScenarioRunner _runner = new();

    [Test]
    public void Complete_SevenUnevenShards_EqualWholeRun()
    {
        var whole = _runner.Run(ShardedRuns.Small, ShardedRuns.Options(1000, 5) with { MaxDegreeOfParallelism = 2 });
        var shards = ShardedRuns.Shards(7, 1000);

        var merged = ShardMerge.Combine(shards.AsEnumerable().Reverse());

        Assert.That(merged.Ranges, Is.EqualTo(new[] { new ReplicationRange(0, 1000) }));
        Assert.That(merged.TotalReplications, Is.EqualTo(1000));
        Assert.That(ResultComparison.Canonical(merged.ToResult()), Is.EqualTo(ResultComparison.Canonical(whole)));
    }

    [Test]
    public void Complete_GroupedScenarioShardsReadFromFiles_OutputFilesEqualWholeRunByte()
    {
        var scenario = GroupMetricsTests.Grouped(60) with
        {
            Policies = new ScenarioPolicies
            {
                PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 8, PauseDays = 20, Group = "iraq" },
            },
        };
        var whole = _runner.Run(scenario, ShardedRuns.Options(300, 6) with { MaxDegreeOfParallelism = 2 });
        var shards = ShardedRuns.Shards(4, 300, 6, scenario).Select(p => ShardedRuns.Read(ShardedRuns.Bytes(p))).ToList();

        var merged = ShardMerge.Combine(shards).ToResult();

        Assert.That(merged.ByGroup, Has.Count.EqualTo(3));
        Assert.That(SummaryJson.ToJson(merged, scenario), Is.EqualTo(SummaryJson.ToJson(whole, scenario)));
        Assert.That(Text(merged, MetricsCsv.Write), Is.EqualTo(Text(whole, MetricsCsv.Write)));
        Assert.That(Text(merged, SeriesCsv.Write), Is.EqualTo(Text(whole, SeriesCsv.Write)));
    }

    private static string Text(SimulationResult result, Action<TextWriter, SimulationResult> write)
    {
        using var writer = new StringWriter();
        write(writer, result);
        return writer.ToString();
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(ShardArbitraries)], MaxTest = 25)]
    public bool Complete_RandomShardSplit_EqualsWholeRun(ShardedRunCase run)
    {
        var whole = _runner.Run(ShardedRuns.Small, ShardedRuns.Options(run.Replications, run.Seed));
        var shards = ShardedRuns.Shards(run.Shards, run.Replications, run.Seed)
            .Select(p => ShardedRuns.Read(ShardedRuns.Bytes(p)))
            .ToList();
        int rotation = run.Rotation % shards.Count;
        var rotated = shards.Skip(rotation).Concat(shards.Take(rotation));

        var merged = ShardMerge.Combine(rotated);

        return ResultComparison.Canonical(merged.ToResult()) == ResultComparison.Canonical(whole);
    }

    [Test]
    public void Complete_MoreShardsThanReplications_EmptyShardsMergeToo()
    {
        var whole = _runner.Run(ShardedRuns.Small, ShardedRuns.Options(3, 5));

        var merged = ShardMerge.Combine(ShardedRuns.Shards(5, 3));

        Assert.That(ResultComparison.Canonical(merged.ToResult()), Is.EqualTo(ResultComparison.Canonical(whole)));
    }

    [Test]
    public void Complete_RerunShardSplitFurther_StillExact()
    {
        // Shard 2/2 failed and was rerun as 3/4 and 4/4: ranges decide, not shard counts.
        var whole = _runner.Run(ShardedRuns.Small, ShardedRuns.Options(100, 5));
        var parts = new[] { ShardedRuns.Shard(1, 2, 100), ShardedRuns.Shard(3, 4, 100), ShardedRuns.Shard(4, 4, 100) };

        var merged = ShardMerge.Combine(parts);

        Assert.That(ResultComparison.Canonical(merged.ToResult()), Is.EqualTo(ResultComparison.Canonical(whole)));
    }

    [Test]
    public void Complete_DifferentScenarios_Refused()
    {
        var other = TestScenarios.Mixed(46);
        var parts = new[] { Named(ShardedRuns.Shard(1, 2, 100), "a"), Named(ShardedRuns.Shard(2, 2, 100, scenario: other), "b") };

        Assert.That(Refusals(parts), Is.EqualTo(new[]
        {
            $"partials come from different scenarios: 'mixed' sha256 {Short(ShardedRuns.Small)}… (a) and 'mixed' sha256 {Short(other)}… (b)",
        }));
    }

    [Test]
    public void Complete_DifferentSeeds_RefusedListingEachGroup()
    {
        var parts = new[]
        {
            Named(ShardedRuns.Shard(1, 5, 100, seed: 1), "a"), Named(ShardedRuns.Shard(2, 5, 100, seed: 2), "b"),
            Named(ShardedRuns.Shard(3, 5, 100, seed: 1), "c"), Named(ShardedRuns.Shard(4, 5, 100, seed: 1), "d"),
            Named(ShardedRuns.Shard(5, 5, 100, seed: 1), "e"),
        };

        Assert.That(Refusals(parts), Is.EqualTo(new[] { "partials use different seeds: 1 (a, c, d and 1 more) and 2 (b)" }));
    }

    [Test]
    public void Complete_DifferentVersions_Refused()
    {
        var parts = new[] { Named(ShardedRuns.Shard(1, 2, 100), "a"), ShardedRuns.WithVersion(Named(ShardedRuns.Shard(2, 2, 100), "b"), "0.0.9") };

        Assert.That(Refusals(parts), Is.EqualTo(new[]
        {
            $"partials were written by different versions of ScenarioSim: {parts[0].Version} (a) and 0.0.9 (b)",
        }));
    }

    [Test]
    public void Complete_DifferentRunSizes_Refused()
    {
        var parts = new[] { Named(ShardedRuns.Shard(1, 2, 100), "a"), Named(ShardedRuns.Shard(2, 2, 120), "b") };

        Assert.That(Refusals(parts), Is.EqualTo(new[]
        {
            "partials belong to runs of different sizes: 100 replications (a) and 120 replications (b)",
        }));
    }

    [Test]
    public void Complete_DuplicateShard_RefusedNamingBothCopies()
    {
        var parts = ShardedRuns.Shards(3, 90).Select((p, i) => Named(p, $"x/{i + 1}")).Append(Named(ShardedRuns.Shard(2, 3, 90), "y/2")).ToList();

        Assert.That(Refusals(parts), Is.EqualTo(new[] { "shard 2/3 is given twice: x/2 and y/2" }));
    }

    [Test]
    public void Complete_OverlappingShards_RefusedNamingBoth()
    {
        var parts = new[] { Named(ShardedRuns.Shard(1, 2, 100), "a"), Named(ShardedRuns.Shard(2, 3, 100), "b"), Named(ShardedRuns.Shard(3, 3, 100), "c") };

        Assert.That(Refusals(parts), Is.EqualTo(new[]
        {
            "a (shard 1/2, replications [0, 50)) and b (shard 2/3, replications [33, 66)) overlap",
        }));
    }

    [Test]
    public void Complete_MissingShards_RefusedNamingShardsAndReplications()
    {
        var parts = ShardedRuns.Shards(7, 1000).Where(p => p.Shard!.Value.Index is not (3 or 5)).ToList();

        Assert.That(Refusals(parts), Is.EqualTo(new[] { "missing shards 3/7 and 5/7 (replications [285, 428) and [571, 714))" }));
    }

    [Test]
    public void Complete_OneMissingShard_Singular()
    {
        var parts = ShardedRuns.Shards(3, 30).Skip(1).ToList();

        Assert.That(Refusals(parts), Is.EqualTo(new[] { "missing shard 1/3 (replications [0, 10))" }));
    }

    [Test]
    public void Complete_MixedShardCountsWithAGap_RefusedNamingReplications()
    {
        var parts = new[] { ShardedRuns.Shard(1, 2, 100), ShardedRuns.Shard(3, 4, 100) };

        Assert.That(Refusals(parts), Is.EqualTo(new[] { "missing replications [75, 100) of 100" }));
    }

    [Test]
    public void Complete_DuplicateAndMissing_EveryProblemListed()
    {
        var parts = new[] { Named(ShardedRuns.Shard(1, 3, 30), "a"), Named(ShardedRuns.Shard(1, 3, 30), "b") };

        Assert.That(Refusals(parts), Is.EqualTo(new[]
        {
            "shard 1/3 is given twice: a and b",
            "missing shards 2/3 and 3/3 (replications [10, 20) and [20, 30))",
        }));
    }

    [Test]
    public void Complete_Nothing_Refused()
    {
        Assert.That(Refusals([]), Is.EqualTo(new[] { "no partial results to merge" }));
    }

    [Test]
    public void Complete_PartialsWithoutRunSize_Refused()
    {
        var parts = new[] { _runner.RunPartial(ShardedRuns.Small, new ReplicationRange(0, 10)), _runner.RunPartial(ShardedRuns.Small, new ReplicationRange(10, 10)) };

        Assert.That(Refusals(parts), Is.EqualTo(new[]
        {
            "the partials do not record how many replications their run has (they were not written as shards), so missing shards cannot be detected",
        }));
    }

    [Test]
    public void AsShard_WrongRange_Throws()
    {
        var partial = _runner.RunPartial(ShardedRuns.Small, new ReplicationRange(0, 10));

        var error = Assert.Throws<ArgumentException>(() => partial.AsShard(new ShardSpec(2, 2), 20));

        Assert.That(error!.Message, Does.StartWith("Shard 2/2 of 20 replications covers [10, 20), but this partial covers [0, 10)."));
    }

    [Test]
    public void Merge_DifferentVersions_Refused()
    {
        var a = _runner.RunPartial(ShardedRuns.Small, new ReplicationRange(0, 10));
        var b = ShardedRuns.WithVersion(_runner.RunPartial(ShardedRuns.Small, new ReplicationRange(10, 10)), "0.0.9");

        var error = Assert.Throws<InvalidInputException>(() => PartialResult.Merge([a, b]));

        Assert.That(error!.Diagnostics.Single().Message, Is.EqualTo($"partials come from different library versions ({a.Version} and 0.0.9)"));
    }

    private static PartialResult Named(PartialResult partial, string source) => ShardedRuns.Named(partial, source);

    private static string Short(ScenarioSim.Model.Scenario scenario) => ScenarioFingerprint.Sha256(scenario)[..12];

    private static string[] Refusals(IEnumerable<PartialResult> partials)
    {
        var error = Assert.Throws<InvalidInputException>(() => ShardMerge.Combine(partials));
        return error!.Diagnostics.Select(d => d.Message).ToArray();
    }
}
