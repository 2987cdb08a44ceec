using ScenarioSim.Cli;
using ScenarioSim.Engine;
using ScenarioSim.Output;
using ScenarioSim.ScaleOut;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Engine;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary><c>run --shard</c> and <c>merge</c> in process: exact merges and every refusal, with its message and exit code 2.</summary>
[TestFixture]
public sealed class ShardCliTests
{
    private static readonly string[] OutputFiles = [RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName];

    private TemporaryDirectory _directory = null!;

    private static string Baseline => Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", "baseline.yaml");

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public async Task RunSevenUnevenShardsThenMerge_FilesIdenticalToUnshardedRun()
    {
        string parts = _directory["parts"];
        var shards = new List<CliOutcome>();
        for (int k = 1; k <= 7; k++)
        {
            shards.Add(await CliOutcome.InvokeAsync("run", Baseline, "--replications", "1000", "--threads", "1", "--shard", $"{k}/7", "--out", parts));
        }

        var merge = await CliOutcome.InvokeAsync("merge", parts, "--out", _directory["merged"]);
        var whole = await CliOutcome.InvokeAsync("run", Baseline, "--replications", "1000", "--out", _directory["whole"]);

        Assert.That(shards.Select(s => s.ExitCode), Is.All.EqualTo(ExitCodes.Ok), string.Join("\n", shards));
        Assert.That(shards[2].Out, Is.EqualTo(
            $"Shard 3/7 of 'baseline': replications [285, 428) of 1000, seed 20240927. Wrote {Path.Combine(parts, "shard-3-of-7.partial.json")}; " +
            "combine all 7 shards with 'scenariosim merge'.\n"));
        Assert.That(merge.ExitCode, Is.EqualTo(ExitCodes.Ok), merge.ToString());
        Assert.That(merge.Out, Does.EndWith(
            $"Merged 7 partials (1000 replications). Wrote summary.json, metrics.csv and series.csv to {_directory["merged"]}\n"));
        foreach (string file in OutputFiles)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(_directory["merged"], file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(_directory["whole"], file))), file);
        }
    }

    [Test]
    public async Task Run_ShardWithoutOut_UsageErrorExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Baseline, "--shard", "1/4");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("--shard needs --out DIR: a shard writes its partial result there for 'scenariosim merge'."));
        Assert.That(outcome.Out, Is.Empty);
    }

    [TestCase("0/4", "--shard '0/4' is not a valid shard: the shard index K must be from 1 to N = 4, but was 0.")]
    [TestCase("4", "--shard '4' is not a valid shard: expected K/N, two whole numbers with 1 <= K <= N, e.g. 3/8.")]
    public async Task Run_InvalidShard_UsageErrorExitTwo(string shard, string message)
    {
        var outcome = await CliOutcome.InvokeAsync("run", Baseline, "--shard", shard, "--out", _directory["parts"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain(message));
        Assert.That(Directory.Exists(_directory["parts"]), Is.False);
    }

    [Test]
    public async Task Merge_DifferentScenarios_Refused()
    {
        var other = TestScenarios.Mixed(46);
        string a = Write("a", ShardedRuns.Shard(1, 2, 100));
        string b = Write("b", ShardedRuns.Shard(2, 2, 100, scenario: other));

        await AssertRefused(
            [_directory["a"], _directory["b"]],
            $"partials come from different scenarios: 'mixed' sha256 {ScenarioFingerprint.Sha256(ShardedRuns.Small)[..12]}… ({a}) " +
            $"and 'mixed' sha256 {ScenarioFingerprint.Sha256(other)[..12]}… ({b})");
    }

    [Test]
    public async Task Merge_DifferentSeeds_Refused()
    {
        string a = Write("a", ShardedRuns.Shard(1, 2, 100, seed: 1));
        string b = Write("b", ShardedRuns.Shard(2, 2, 100, seed: 2));

        await AssertRefused([a, b], $"partials use different seeds: 1 ({a}) and 2 ({b})");
    }

    [Test]
    public async Task Merge_DifferentVersions_Refused()
    {
        var first = ShardedRuns.Shard(1, 2, 100);
        string a = Write("a", first);
        string b = Write("b", ShardedRuns.WithVersion(ShardedRuns.Shard(2, 2, 100), "0.0.9"));

        await AssertRefused([a, b], $"partials were written by different versions of ScenarioSim: {first.Version} ({a}) and 0.0.9 ({b})");
    }

    [Test]
    public async Task Merge_DifferentReplicationCounts_Refused()
    {
        string a = Write("a", ShardedRuns.Shard(1, 2, 100));
        string b = Write("b", ShardedRuns.Shard(2, 2, 200));

        await AssertRefused([a, b], $"partials belong to runs of different sizes: 100 replications ({a}) and 200 replications ({b})");
    }

    [Test]
    public async Task Merge_OverlappingShards_Refused()
    {
        string a = Write("a", ShardedRuns.Shard(1, 2, 100));
        string b = Write("b", ShardedRuns.Shard(2, 3, 100));
        string c = Write("c", ShardedRuns.Shard(3, 3, 100));

        await AssertRefused(
            [a, b, c],
            $"{a} (shard 1/2, replications [0, 50)) and {b} (shard 2/3, replications [33, 66)) overlap");
    }

    [Test]
    public async Task Merge_DuplicateShard_Refused()
    {
        var shards = ShardedRuns.Shards(3, 60);
        foreach (var shard in shards)
        {
            Write("first", shard);
        }

        string again = Write("again", shards[1]);

        await AssertRefused(
            [_directory["first"], _directory["again"]],
            $"shard 2/3 is given twice: {Path.Combine(_directory["first"], "shard-2-of-3.partial.json")} and {again}");
    }

    [Test]
    public async Task Merge_MissingShards_RefusedNamingThem()
    {
        foreach (var shard in ShardedRuns.Shards(7, 1000).Where(s => s.Shard!.Value.Index is not (3 or 5)))
        {
            Write("parts", shard);
        }

        await AssertRefused([_directory["parts"]], "missing shards 3/7 and 5/7 (replications [285, 428) and [571, 714))");
    }

    [Test]
    public async Task Merge_CorruptAndUnreadableFiles_EachNamed()
    {
        Write("parts", ShardedRuns.Shard(1, 2, 100));
        string truncated = Write("parts", ShardedRuns.Shard(2, 2, 100));
        File.WriteAllBytes(truncated, File.ReadAllBytes(truncated)[..100]);
        string notPartial = _directory["notes.partial.json"];
        File.WriteAllText(notPartial, "{\"format\": \"something\"}");
        string missing = _directory["nowhere"];

        var outcome = await CliOutcome.InvokeAsync("merge", _directory["parts"], notPartial, missing, "--out", _directory["merged"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        string[] lines = outcome.Error.TrimEnd('\n').Split('\n');
        Assert.That(lines, Has.Length.EqualTo(3), outcome.ToString());
        Assert.That(lines[0], Is.EqualTo($"error: {missing}: no such file or directory."));
        Assert.That(lines[1], Does.StartWith($"error: {truncated}: not a valid ScenarioSim partial result: it is not valid JSON ("));
        Assert.That(lines[2], Is.EqualTo(
            $"error: {notPartial}: not a valid ScenarioSim partial result: 'format' is \"something\", expected \"scenariosim-partial-result\"."));
        Assert.That(Directory.Exists(_directory["merged"]), Is.False);
    }

    [Test]
    public async Task Merge_DirectoryWithoutPartials_Refused()
    {
        Directory.CreateDirectory(_directory["empty"]);

        await AssertRefused([_directory["empty"]], $"{_directory["empty"]}: no partial results (*.partial.json) in this directory.");
    }

    [Test]
    public async Task Merge_WithoutOut_UsageErrorExitTwo()
    {
        string a = Write("a", ShardedRuns.Shard(1, 1, 10));

        var outcome = await CliOutcome.InvokeAsync("merge", a);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("--out"));
    }

    private string Write(string directory, PartialResult partial)
    {
        string path = Path.Combine(_directory[directory], PartialResult.FileNameOf(partial.Shard!.Value));
        partial.WriteTo(path);
        return path;
    }

    private async Task AssertRefused(string[] inputs, string message)
    {
        var outcome = await CliOutcome.InvokeAsync([.. new[] { "merge" }, .. inputs, "--out", _directory["merged"]]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Is.EqualTo($"error: {message}\n"));
        Assert.That(outcome.Out, Is.Empty);
        Assert.That(Directory.Exists(_directory["merged"]), Is.False);
    }
}
