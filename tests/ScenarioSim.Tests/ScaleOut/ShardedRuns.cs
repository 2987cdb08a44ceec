using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.ScaleOut;
using ScenarioSim.Tests.Engine;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>Small shards and partials for the scale-out tests, and their files.</summary>
internal static class ShardedRuns
{
    private static readonly ScenarioRunner Runner = new();

    /// <summary>45 days of the mixed scenario: every component (escalation, ISIS, events, thresholds) in milliseconds.</summary>
    public static Scenario Small { get; } = TestScenarios.Mixed(45);

    /// <summary>Shard <paramref name="k"/> of <paramref name="n"/> of a run of <paramref name="total"/> replications.</summary>
    public static PartialResult Shard(int k, int n, int total, ulong seed = 5, Scenario? scenario = null) =>
        Runner.RunShard(scenario ?? Small, new ShardSpec(k, n), Options(total, seed));

    /// <summary>Every shard of <paramref name="n"/>, in order.</summary>
    public static List<PartialResult> Shards(int n, int total, ulong seed = 5, Scenario? scenario = null) =>
        ShardSpec.All(n).Select(s => Shard(s.Index, n, total, seed, scenario)).ToList();

    public static RunOptions Options(int total, ulong seed) =>
        new() { Replications = total, Seed = seed, MaxDegreeOfParallelism = 1 };

    /// <summary>The partial's file content.</summary>
    public static byte[] Bytes(PartialResult partial)
    {
        using var stream = new MemoryStream();
        partial.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>The partial as read back from its bytes, named <paramref name="source"/> in messages.</summary>
    public static PartialResult Named(PartialResult partial, string source) => Read(Bytes(partial), source);

    public static PartialResult Read(byte[] bytes, string? source = null)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PartialResultFile.Read(stream, source);
    }

    /// <summary>The same partial stamped as written by another library version.</summary>
    public static PartialResult WithVersion(PartialResult partial, string version) =>
        new(partial.ScenarioSha256, partial.Seed, partial.Ranges, partial.Accumulator, version, partial.TotalReplications, partial.Shard, partial.Source);
}
