using ScenarioSim.Engine;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// What every analysis partial (<see cref="SweepPartial"/>, <see cref="SensitivityPartial"/>) is stamped
/// with: the library version, the scenario run at every point (name and fingerprint, with the template's
/// overrides), the seed and replications of every point, the parameters varied, how many points the whole
/// design has, and which contiguous range of them the partial holds (and as which shard).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record PointShardStamp(
    string Version,
    string ScenarioName,
    string ScenarioSha256,
    ulong Seed,
    int Replications,
    IReadOnlyList<ParameterRange> Parameters,
    int TotalPoints,
    ShardSpec? Shard,
    int FirstPoint,
    int PointCount,
    string? Source)
{
    /// <summary>The stamp of shard <paramref name="shard"/> of a design of <paramref name="totalPoints"/> points, by this library version.</summary>
    public static PointShardStamp ForShard(
        string scenarioName, string scenarioSha256, ulong seed, int replications, IReadOnlyList<ParameterRange> parameters, int totalPoints, ShardSpec shard)
    {
        if (shard.Count < 1)
        {
            throw new ArgumentException("The default ShardSpec is not a shard; create one with the constructor or ShardSpec.Parse.", nameof(shard));
        }

        int first = (int)shard.StartOf(totalPoints);
        return new PointShardStamp(
            LibraryVersion.Current, scenarioName, scenarioSha256, seed, replications, [.. parameters], totalPoints,
            shard, first, (int)shard.EndOf(totalPoints) - first, Source: null);
    }

    /// <summary>The points held, as a list of ranges: empty, or one range.</summary>
    public IReadOnlyList<ReplicationRange> Ranges => PointCount == 0 ? [] : [new ReplicationRange(FirstPoint, PointCount)];

    /// <summary>The parameters as <c>--param</c> takes them, e.g. <c>isis.recruitment_rate=0.0009:0.0011</c>, comma separated.</summary>
    public string ParameterText => string.Join(", ", Parameters);

    /// <summary>The stamp as the coverage checks see it.</summary>
    public ShardPiece Piece(ShardedWork work) => ShardPiece.Of(Source, Shard, Ranges, work);

    /// <summary>The same stamp over every point of the design, as no shard and from no file.</summary>
    public PointShardStamp Whole() => this with { Shard = null, FirstPoint = 0, PointCount = TotalPoints, Source = null };
}
