using ScenarioSim.Cli;
using ScenarioSim.Output;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>The scale-out recipe end to end with real processes, as a cluster would run it.</summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class ShardedRunProcessTests
{
    private const int Replications = 1000;
    private const int Shards = 4;

    [Test]
    public async Task FourConcurrentShardProcessesMerged_IdenticalToUnshardedRun()
    {
        using var directory = new TemporaryDirectory();
        string scenario = Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", "baseline.yaml");
        string parts = directory["parts"];
        string replications = Replications.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var shardRuns = Enumerable.Range(1, Shards)
            .Select(k => ScenarioSimProcess.RunAsync("run", scenario, "--replications", replications, "--threads", "1", "--shard", $"{k}/{Shards}", "--out", parts))
            .ToList();
        var outcomes = await Task.WhenAll(shardRuns);
        var merge = await ScenarioSimProcess.RunAsync("merge", parts, "--out", directory["merged"]);
        var whole = await CliOutcome.InvokeAsync("run", scenario, "--replications", replications, "--out", directory["whole"]);

        Assert.That(outcomes.Select(o => o.ExitCode), Is.All.EqualTo(ExitCodes.Ok), string.Join("\n", outcomes.Select(o => o.ToString())));
        Assert.That(merge.ExitCode, Is.EqualTo(ExitCodes.Ok), merge.ToString());
        Assert.That(whole.ExitCode, Is.EqualTo(ExitCodes.Ok), whole.ToString());
        Assert.That(
            Directory.GetFiles(parts).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(Enumerable.Range(1, Shards).Select(k => $"shard-{k}-of-{Shards}.partial.json")),
            "a shard writes its partial and nothing that could pass for a result");
        foreach (string file in new[] { RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(directory["merged"], file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(directory["whole"], file))), file);
        }
    }
}
