using System.Text;
using System.Text.Json.Nodes;
using ScenarioSim.Cli;
using ScenarioSim.IO;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>
/// <c>merge</c> of shards edited after they were written: each kind of edit, with the content hash left as
/// it was (refused by the hash) and recomputed as a forger would (refused by the value checks where the
/// value is impossible). Exit code 2, the file named, nothing written.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class ShardTamperingTests
{
    private TemporaryDirectory _directory = null!;
    private string _parts = null!;

    [SetUp]
    public async Task WriteShards()
    {
        _directory = new TemporaryDirectory();
        string scenario = ScenarioYaml.Write(_directory.Path, "constant.yaml", ScenarioYaml.ConstantExposure);
        _parts = _directory["parts"];
        for (int k = 1; k <= 2; k++)
        {
            var shard = await CliOutcome.InvokeAsync("run", scenario, "--replications", "60", "--seed", "5", "--shard", $"{k}/2", "--out", _parts);
            Assert.That(shard.ExitCode, Is.EqualTo(ExitCodes.Ok), shard.ToString());
        }
    }

    [TearDown]
    public void DeleteShards() => _directory.Dispose();

    private static readonly object[] Edits =
    [
        new object[] { "count moved between two values, total kept", (Action<JsonObject>)(j => MoveCount(j, "metric/militia_attacks_total")) },
        new object[] { "value changed, counts kept", (Action<JsonObject>)(j => Histogram(j, "metric/militia_attacks_total")[0]![0] = 0) },
        new object[] { "0/1 metric given the value 7", (Action<JsonObject>)(j => Histogram(j, "metric/any_fatality")[^1]![0] = 7) },
        new object[] { "troops set to -900", (Action<JsonObject>)(j => Histogram(j, "troops/all/2025-01")[0]![0] = -900) },
        new object[] { "version edited", (Action<JsonObject>)(j => j["version"] = "9.9.9") },
    ];

    [TestCaseSource(nameof(Edits))]
    public async Task Merge_EditedShardHashKept_RefusedByTheContentHash(string what, Action<JsonObject> edit)
    {
        foreach (string shard in Shards())
        {
            // Only the version edit touches every shard, as a tamperer keeping them consistent would.
            if (shard == Shards()[0] || what == "version edited")
            {
                Forge(shard, edit, keepHash: true);
            }
        }

        var outcome = await CliOutcome.InvokeAsync("merge", _parts, "--out", _directory["merged"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), what + ": " + outcome);
        Assert.That(outcome.Error, Does.StartWith($"error: {Shards()[0]}: not a valid ScenarioSim partial result: its content hash ('content_sha256') is "), what);
        Assert.That(outcome.Error, Does.Contain(": the file was changed after it was written"), what);
        Assert.That(Directory.Exists(_directory["merged"]), Is.False, what);
    }

    private static readonly object[] ImpossibleValues =
    [
        new object[] { (Action<JsonObject>)(j => Histogram(j, "metric/any_fatality")[^1]![0] = 7), "histogram 'metric/any_fatality' holds the value 7, which no run writes there: its values are 0 or 1" },
        new object[] { (Action<JsonObject>)(j => Histogram(j, "troops/all/2025-01")[0]![0] = -900), "histogram 'troops/all/2025-01' holds the value -900, which no run writes there: its values are a number >= 0" },
        new object[] { (Action<JsonObject>)(j => Histogram(j, "metric/militia_attacks_total")[0]![0] = 2.5), "histogram 'metric/militia_attacks_total' holds the value 2.5, which no run writes there: its values are a whole number >= 0" },
    ];

    [TestCaseSource(nameof(ImpossibleValues))]
    public async Task Merge_ImpossibleValueHashRecomputed_RefusedByTheValueCheck(Action<JsonObject> edit, string problem)
    {
        Forge(Shards()[0], edit, keepHash: false);

        var outcome = await CliOutcome.InvokeAsync("merge", _parts, "--out", _directory["merged"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error.Trim(), Is.EqualTo($"error: {Shards()[0]}: not a valid ScenarioSim partial result: {problem}."));
        Assert.That(Directory.Exists(_directory["merged"]), Is.False);
    }

    [Test]
    public async Task Merge_UntouchedShards_Accepted()
    {
        var outcome = await CliOutcome.InvokeAsync("merge", _parts, "--out", _directory["merged"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
    }

    private string[] Shards() => [.. Directory.GetFiles(_parts, "*.partial.json").Order(StringComparer.Ordinal)];

    /// <summary>Edits the shard's JSON; keeps its old content hash, or recomputes it as a forger would.</summary>
    private static void Forge(string path, Action<JsonObject> edit, bool keepHash)
    {
        string text = File.ReadAllText(path);
        var json = JsonNode.Parse(text)!.AsObject();
        string originalHash = json[ContentSeal.FieldName]!.GetValue<string>();
        edit(json);
        string forged = Encoding.UTF8.GetString(ContentSeal.Reseal(json.ToJsonString()));
        if (keepHash)
        {
            string newHash = JsonNode.Parse(forged)![ContentSeal.FieldName]!.GetValue<string>();
            forged = forged.Replace(newHash, originalHash, StringComparison.Ordinal);
        }

        File.WriteAllText(path, forged);
    }

    private static JsonArray Histogram(JsonObject json, string key) => json["histograms"]![key]!.AsArray();

    private static void MoveCount(JsonObject json, string key)
    {
        var pairs = Histogram(json, key);
        Assert.That(pairs.Count, Is.GreaterThanOrEqualTo(2), "the histogram has two values to move a count between");
        var from = pairs.First(p => p![1]!.GetValue<long>() >= 2)!;
        var to = pairs.First(p => !ReferenceEquals(p, from))!;
        from[1] = from[1]!.GetValue<long>() - 1;
        to[1] = to[1]!.GetValue<long>() + 1;
    }
}
