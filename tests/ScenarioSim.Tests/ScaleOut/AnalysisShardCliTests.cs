using ScenarioSim.Analysis;
using ScenarioSim.Cli;
using ScenarioSim.Engine;
using ScenarioSim.ScaleOut;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>
/// <c>sweep --shard</c>, <c>sensitivity --shard</c> and <c>merge</c> of their partials in process, on the small
/// constant-exposure scenario: merged files identical to the byte to the unsharded verb's, the same tables,
/// and refusals with exit code 2.
/// </summary>
[TestFixture]
public sealed class AnalysisShardCliTests : ConstantScenarioFixture
{
    private static readonly string[] GridSweep =
    [
        "--param", "regions.anbar.militia.base_rate=0.5:1.0:3", "--param", "militia.casualties.p_fatal=0.01:0.05:2",
        "--replications", "10", "--seed", "3", "--threads", "1",
    ];

    private static readonly string[] Sobol =
    [
        "--metric", "militia_attacks_total", "--param", "regions.anbar.militia.base_rate=0.2:0.8", "--param", "militia.casualties.p_fatal=0.01:0.2",
        "--samples", "4", "--replications", "10", "--bootstrap", "50", "--threads", "1",
    ];

    [Test]
    public async Task SweepThreeShardsThenMerge_CsvAndTablesIdenticalToUnshardedSweep()
    {
        var (shards, merge) = await ShardedEqualsWhole("sweep", GridSweep, 3, SweepOutput.CsvFileName);

        Assert.That(shards[1].Out, Is.EqualTo(
            $"Shard 2/3 of the sweep of 'constant-exposure': points [2, 4) of 6, seed 3. Wrote {Path.Combine(PathOf("parts"), "sweep-2-of-3.partial.json")}; " +
            "combine all 3 shards with 'scenariosim merge'.\n"));
        Assert.That(merge.Out, Does.EndWith($"Merged 3 partials (6 points). Wrote sweep.csv and sweep.json to {PathOf("merged")}\n"));
    }

    [Test]
    public async Task SweepFourShardsOfSevenLatinHypercubePoints_CsvIdenticalToUnshardedSweep()
    {
        string[] lhs = ["--lhs", "7", "--param", "regions.anbar.militia.base_rate=0.5:1.0", "--replications", "10", "--threads", "1"];

        var (shards, _) = await ShardedEqualsWhole("sweep", lhs, 4, SweepOutput.CsvFileName);

        Assert.That(shards.Select(s => s.Out), Has.Some.Contains("points [5, 7) of 7, seed 11."));
    }

    [Test]
    public async Task SweepThreeShardsOfAStackedNearlyOrthogonalDesign_CsvIdenticalToUnshardedSweep()
    {
        string[] nolh =
        [
            "--nolh", "--stack", "2", "--param", "regions.anbar.militia.base_rate=0.5:1.0", "--param", "militia.casualties.p_fatal=0.01:0.05",
            "--param", "regions.anbar.militia.exposure_elasticity=0.2:0.8", "--replications", "5", "--threads", "1",
        ];

        var (shards, _) = await ShardedEqualsWhole("sweep", nolh, 3, SweepOutput.CsvFileName);

        Assert.That(shards[2].Out, Does.Contain("points [22, 34) of 34, seed 11."), "two stacked 17-run designs");
        Assert.That(
            File.ReadAllBytes(Path.Combine(PathOf("merged"), SweepOutput.JsonFileName)),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(PathOf("whole"), SweepOutput.JsonFileName))),
            "the merged sweep's metamodel summary");
    }

    [TestCase("sobol", 3, "points [0, 5) of 16", "16 points")]
    [TestCase("morris", 2, "points [0, 4) of 9", "9 points")]
    public async Task SensitivityShardsThenMerge_JsonAndTablesIdenticalToUnshardedAnalysis(string method, int count, string first, string total)
    {
        string[] design = method == "sobol" ? Sobol : [.. Sobol[..6], "--method", "morris", "--samples", "3", "--replications", "10", "--threads", "1"];

        var (shards, merge) = await ShardedEqualsWhole("sensitivity", design, count, SensitivityOutput.JsonFileName);

        Assert.That(shards[0].Out, Does.StartWith($"Shard 1/{count} of the {method} design of 'constant-exposure': {first}, seed 11. Wrote "));
        Assert.That(merge.Out, Does.EndWith($"Merged {count} partials ({total}). Wrote sensitivity.json to {PathOf("merged")}\n"));
    }

    [TestCase("sweep")]
    [TestCase("sensitivity")]
    public async Task ShardWithoutOut_UsageErrorExitTwo(string verb)
    {
        var outcome = await CliOutcome.InvokeAsync([verb, Scenario, .. verb == "sweep" ? GridSweep : Sobol, "--shard", "1/2"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("--shard needs --out DIR: a shard writes its partial result there for 'scenariosim merge'."));
        Assert.That(outcome.Out, Is.Empty);
    }

    [Test]
    public async Task Merge_MissingSweepShard_RefusedNamingIt()
    {
        await RunShards("sweep", GridSweep, 3, PathOf("parts"));
        File.Delete(Path.Combine(PathOf("parts"), "sweep-2-of-3.partial.json"));

        await AssertRefused([PathOf("parts")], "missing shard 2/3 (points [2, 4))");
    }

    [Test]
    public async Task Merge_SweepShardsOfDifferentSeeds_Refused()
    {
        string a = Write("a", AnalysisShards.SweepShard(1, 2, seed: 1));
        string b = Write("b", AnalysisShards.SweepShard(2, 2, seed: 2));

        await AssertRefused([a, b], $"partials use different seeds: 1 ({a}) and 2 ({b})");
    }

    [Test]
    public async Task Merge_RunAndSweepShardsTogether_RefusedAsDifferentKinds()
    {
        string run = Path.Combine(PathOf("parts"), PartialResult.FileNameOf(new ShardSpec(1, 2)));
        ShardedRuns.Shard(1, 2, 10).WriteTo(run);
        string sweep = Write("parts", AnalysisShards.SweepShard(1, 2));
        string sensitivity = Write("more", AnalysisShards.Response().RunShard(new ShardSpec(1, 2), AnalysisShards.Sobol()));

        await AssertRefused(
            [PathOf("parts"), sensitivity],
            $"partials of different kinds cannot be merged together: run shards ({run}) and sweep shards ({sweep}) and sensitivity shards ({sensitivity}); " +
            "merge each kind into its own --out directory");
    }

    [Test]
    public async Task Merge_CorruptSweepPartial_NamedWithItsProblem()
    {
        string good = Write("parts", AnalysisShards.SweepShard(1, 2));
        string truncated = Write("parts", AnalysisShards.SweepShard(2, 2));
        File.WriteAllBytes(truncated, File.ReadAllBytes(truncated)[..400]);

        var outcome = await CliOutcome.InvokeAsync("merge", PathOf("parts"), "--out", PathOf("merged"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.StartWith($"error: {truncated}: not a valid ScenarioSim sweep partial: it is not valid JSON ("));
        Assert.That(outcome.Error, Does.Not.Contain(good));
        Assert.That(Directory.Exists(PathOf("merged")), Is.False);
    }

    /// <summary>
    /// Runs every shard of <paramref name="count"/>, merges them and runs the verb unsharded; the merged
    /// <paramref name="file"/> and tables must be the unsharded ones.
    /// </summary>
    private async Task<(List<CliOutcome> Shards, CliOutcome Merge)> ShardedEqualsWhole(string verb, string[] arguments, int count, string file)
    {
        var shards = await RunShards(verb, arguments, count, PathOf("parts"));
        var merge = await CliOutcome.InvokeAsync("merge", PathOf("parts"), "--out", PathOf("merged"));
        var whole = await CliOutcome.InvokeAsync([verb, Scenario, .. arguments, "--out", PathOf("whole")]);

        Assert.That(shards.Select(s => s.ExitCode), Is.All.EqualTo(ExitCodes.Ok), string.Join("\n", shards));
        Assert.That(merge.ExitCode, Is.EqualTo(ExitCodes.Ok), merge.ToString());
        Assert.That(File.ReadAllBytes(Path.Combine(PathOf("merged"), file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(PathOf("whole"), file))), file);
        Assert.That(Tables(merge.Out), Is.EqualTo(Tables(whole.Out)));
        return (shards, merge);
    }

    private async Task<List<CliOutcome>> RunShards(string verb, string[] arguments, int count, string directory)
    {
        var shards = new List<CliOutcome>();
        foreach (var shard in ShardSpec.All(count))
        {
            shards.Add(await CliOutcome.InvokeAsync([verb, Scenario, .. arguments, "--shard", shard.ToString(), "--out", directory]));
        }

        return shards;
    }

    /// <summary>Everything printed before the last line, which says what was written.</summary>
    private static string Tables(string output) => output[..output.TrimEnd('\n').LastIndexOf('\n')];

    private string Write(string directory, AnalysisPartial partial)
    {
        string name = partial is SweepPartial ? SweepPartial.FileNameOf(partial.Shard!.Value) : SensitivityPartial.FileNameOf(partial.Shard!.Value);
        string path = Path.Combine(PathOf(directory), name);
        partial.WriteTo(path);
        return path;
    }

    private async Task AssertRefused(string[] inputs, string message)
    {
        var outcome = await CliOutcome.InvokeAsync(["merge", .. inputs, "--out", PathOf("merged")]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Is.EqualTo($"error: {message}\n"));
        Assert.That(outcome.Out, Is.Empty);
        Assert.That(Directory.Exists(PathOf("merged")), Is.False);
    }
}
