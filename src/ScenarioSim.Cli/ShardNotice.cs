using System.Globalization;
using ScenarioSim.Engine;

namespace ScenarioSim.Cli;

/// <summary>
/// The one line a shard prints after writing its partial, in place of the tables (which would be mistaken
/// for the whole result): <c>Shard 3/7 of 'baseline': replications [285, 428) of 1000, seed 20240927.
/// Wrote DIR/shard-3-of-7.partial.json; combine all 7 shards with 'scenariosim merge'.</c>
/// </summary>
internal static class ShardNotice
{
    /// <summary>Writes the line for shard <paramref name="shard"/> of <paramref name="work"/>, which holds <paramref name="ranges"/> of <paramref name="total"/> <paramref name="items"/>.</summary>
    public static void Write(
        CliEnvironment environment, ShardSpec shard, string work, string items, IReadOnlyList<(long First, long Count)> ranges, long total, ulong seed, string path)
    {
        string held = ranges.Count == 0
            ? $"none (more shards than {items})"
            : string.Join(", ", ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"[{r.First}, {r.First + r.Count})")));
        environment.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Shard {shard} of {work}: {items} {held} of {total}, seed {seed}. Wrote {path}; combine all {shard.Count} shards with 'scenariosim merge'."));
    }
}
