using System.Text;
using System.Text.Json.Nodes;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Tests.Engine;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.ScaleOut;

public class PartialResultFileTests
{
    private const string Source = "out/shard-3-of-5.partial.json";
    private const string Invalid = Source + ": not a valid ScenarioSim partial result: ";

    private static readonly string[] ShippedScenarios = ["baseline", "full-exit-2025", "delayed-drawdown", "militia-escalation", "syria-spillover"];

    [Test]
    public void WriteRead_Shard_LosslessToTheByte()
    {
        var scenario = TestScenarios.Mixed(120);
        var written = ShardedRuns.Shard(3, 5, 500, seed: 9, scenario);

        byte[] bytes = ShardedRuns.Bytes(written);
        var read = ShardedRuns.Read(bytes, Source);

        Assert.That(ShardedRuns.Bytes(read), Is.EqualTo(bytes));
        Assert.That(ResultComparison.Canonical(read.ToResult()), Is.EqualTo(ResultComparison.Canonical(written.ToResult())));
        Assert.That(
            (read.ScenarioSha256, read.Seed, read.Version, read.TotalReplications, read.Shard, read.Replications, read.Source),
            Is.EqualTo((written.ScenarioSha256, 9UL, written.Version, (long?)500, (ShardSpec?)new ShardSpec(3, 5), 100L, Source)));
        Assert.That(read.Ranges, Is.EqualTo(new[] { new ReplicationRange(200, 100) }));
        Assert.That(ScenarioFingerprint.Sha256(read.Scenario), Is.EqualTo(written.ScenarioSha256));
    }

    [Test]
    public void Write_SameRangeDifferentThreads_IdenticalBytes()
    {
        var runner = new ScenarioRunner();
        var range = new ReplicationRange(17, 150);
        var one = runner.RunPartial(ShardedRuns.Small, range, new RunOptions { Seed = 3, MaxDegreeOfParallelism = 1 });
        var two = runner.RunPartial(ShardedRuns.Small, range, new RunOptions { Seed = 3, MaxDegreeOfParallelism = 2 });

        Assert.That(ShardedRuns.Bytes(two), Is.EqualTo(ShardedRuns.Bytes(one)));
    }

    [Test]
    public void Write_StampFirst_HistogramsOnePerLine()
    {
        string text = Encoding.UTF8.GetString(ShardedRuns.Bytes(ShardedRuns.Shard(2, 3, 30)));
        string[] lines = text.Split('\n');

        Assert.That(lines[..3], Is.EqualTo(new[] { "{", "  \"format\": \"scenariosim-partial-result\",", "  \"format_version\": 2," }));
        Assert.That(lines[3], Does.Match("^  \"version\": \"[^\"]+\",$"));
        Assert.That(text, Does.Contain("\n  \"shard\": \"2/3\",\n"));
        Assert.That(text, Does.Contain("\n  \"run_replications\": 30,\n"));
        Assert.That(text, Does.Contain("\n    \"metric/militia_attacks_total\": [["));
        Assert.That(text, Does.EndWith("}\n"));
    }

    [TestCaseSource(nameof(ShippedScenarios))]
    public void WriteRead_ShippedScenario_EmbeddedScenarioKeepsItsFingerprint(string name)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", name + ".yaml");
        var scenario = ScenarioLoader.LoadFile(path).GetValueOrThrow();
        var written = new ScenarioRunner().RunPartial(scenario, new ReplicationRange(3, 4), new RunOptions { MaxDegreeOfParallelism = 1 });

        var read = ShardedRuns.Read(ShardedRuns.Bytes(written));

        Assert.That(read.ScenarioSha256, Is.EqualTo(ScenarioFingerprint.Sha256(scenario)));
        Assert.That(ShardedRuns.Bytes(read), Is.EqualTo(ShardedRuns.Bytes(written)));
        Assert.That(ResultComparison.Canonical(read.ToResult()), Is.EqualTo(ResultComparison.Canonical(written.ToResult())));
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = 15)]
    public bool WriteRead_GeneratedScenario_Lossless(Scenario scenario)
    {
        var written = new ScenarioRunner().RunPartial(scenario, new ReplicationRange(5, 40), new RunOptions { Seed = 2, MaxDegreeOfParallelism = 1 });
        byte[] bytes = ShardedRuns.Bytes(written);
        var read = ShardedRuns.Read(bytes);
        return ShardedRuns.Bytes(read).AsSpan().SequenceEqual(bytes)
            && ResultComparison.Canonical(read.ToResult()) == ResultComparison.Canonical(written.ToResult());
    }

    private static readonly object[] Corruptions =
    [
        new object[] { "wrong format", (Action<JsonObject>)(j => j["format"] = "scenariosim-summary"),
            Invalid + "'format' is \"scenariosim-summary\", expected \"scenariosim-partial-result\"." },
        new object[] { "newer format", (Action<JsonObject>)(j => j["format_version"] = 3),
            Source + ": partial-result format version 3 is not supported; this version of ScenarioSim reads version 2." },
        new object[] { "seed missing", (Action<JsonObject>)(j => j.Remove("seed")),
            Invalid + "'seed' is missing." },
        new object[] { "seed negative", (Action<JsonObject>)(j => j["seed"] = -1),
            Invalid + "'seed' must be a whole number from 0 to 18446744073709551615." },
        new object[] { "replications off by one", (Action<JsonObject>)(j => j["replications"] = 99),
            Invalid + "'replications' is 99, but the ranges hold 100." },
        new object[] { "shard does not match range", (Action<JsonObject>)(j => j["shard"] = "2/5"),
            Invalid + "shard 2/5 of 500 replications covers [100, 200), but the ranges are [200, 300)." },
        new object[] { "shard unreadable", (Action<JsonObject>)(j => j["shard"] = "6/5"),
            Invalid + "'shard' is not a shard: the shard index K must be from 1 to N = 5, but was 6." },
        new object[] { "name differs", (Action<JsonObject>)(j => j["scenario"]!["name"] = "other"),
            Invalid + "'scenario.name' is 'other', but the embedded scenario is named 'mixed'." },
        new object?[] { "model not a scenario", (Action<JsonObject>)(j => j["scenario"]!["model"] = new JsonObject { ["Name"] = 3 }),
            null },
        new object[] { "histogram renamed", (Action<JsonObject>)(j => Rename(j["histograms"]!.AsObject(), "metric/isis_attacks_total", "metric/isis_raids_total")),
            Invalid + "histogram 4 is 'metric/isis_raids_total', but the scenario's histogram 4 is 'metric/isis_attacks_total'." },
        new object[] { "histogram missing", (Action<JsonObject>)(j => RemoveLast(j["histograms"]!.AsObject())),
            Invalid + "'histograms' ends after 86 entries; histogram 'by_region/syria/troops_end' and any after it are missing." },
        new object[] { "count not whole", (Action<JsonObject>)(j => j["histograms"]!["metric/any_fatality"]![0]![1] = 1.5),
            Invalid + "histogram 'metric/any_fatality' holds the count 1.5, not a whole number >= 1." },
        new object[] { "values not ascending", (Action<JsonObject>)(j => j["histograms"]!["troops/all/2025-01"] = new JsonArray(new JsonArray(2, 60), new JsonArray(1, 40))),
            Invalid + "histogram 'troops/all/2025-01' holds the value 1 after 2; values must ascend." },
        new object[] { "cell count off", (Action<JsonObject>)(j => j["histograms"]!["troops/all/2025-01"] = new JsonArray(new JsonArray(2, 101))),
            Invalid + "histogram 'troops/all/2025-01' counts 101 values, but the partial has 100 replications." },
    ];

    [TestCaseSource(nameof(Corruptions))]
    public void Read_CorruptPartial_FormatExceptionNamingFileAndProblem(string what, Action<JsonObject> corrupt, string? message)
    {
        var json = JsonNode.Parse(ShardedRuns.Bytes(ShardedRuns.Shard(3, 5, 500)))!.AsObject();
        corrupt(json);
        byte[] bytes = ContentSeal.Reseal(json.ToJsonString());

        var error = Assert.Throws<FormatException>(() => ShardedRuns.Read(bytes, Source), what);

        if (message is null)
        {
            Assert.That(error!.Message, Does.StartWith(Invalid + "'scenario.model' is not a scenario ("));
        }
        else
        {
            Assert.That(error!.Message, Is.EqualTo(message));
        }
    }

    [Test]
    public void Read_TamperedScenario_FingerprintMismatch()
    {
        var partial = ShardedRuns.Shard(1, 2, 40);
        string text = Encoding.UTF8.GetString(ShardedRuns.Bytes(partial)).Replace("\"BaseRate\":0.3", "\"BaseRate\":0.4", StringComparison.Ordinal);
        string tamperedSha = ScenarioFingerprint.Sha256(ShardedRuns.Small with
        {
            Regions = [ShardedRuns.Small.Regions[0] with { Militia = new RegionMilitia { BaseRate = 0.4 } }, .. ShardedRuns.Small.Regions.Skip(1)],
        });

        var error = Assert.Throws<FormatException>(() => ShardedRuns.Read(ContentSeal.Reseal(text), Source));

        Assert.That(error!.Message, Is.EqualTo(
            Invalid + $"'scenario.sha256' is {partial.ScenarioSha256}, but the embedded scenario's fingerprint is {tamperedSha}."));
    }

    [Test]
    public void Read_Truncated_InvalidJsonNamingFile()
    {
        byte[] bytes = ShardedRuns.Bytes(ShardedRuns.Shard(1, 2, 40));

        var error = Assert.Throws<FormatException>(() => ShardedRuns.Read(bytes[..(bytes.Length / 2)], Source));

        Assert.That(error!.Message, Does.StartWith(Invalid + "it is not valid JSON ("));
    }

    private static void Rename(JsonObject histograms, string from, string to)
    {
        var entries = histograms.ToList();
        histograms.Clear();
        foreach (var (key, value) in entries)
        {
            histograms[key == from ? to : key] = value;
        }
    }

    private static void RemoveLast(JsonObject histograms) => histograms.Remove(histograms.Last().Key);
}
