using System.Text.Json.Nodes;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.IO;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>
/// The partial files read by their records: a value of the wrong kind anywhere in the document, or a nested field
/// missing, is refused with the field's path in the file (<c>'ranges[0].count'</c>), as the top-level fields are.
/// </summary>
public sealed class PartialFileRecordsTests
{
    private const string Run = "p.json: not a valid ScenarioSim partial result: ";
    private const string Sweep = "s.json: not a valid ScenarioSim sweep partial: ";
    private const string Sensitivity = "s.json: not a valid ScenarioSim sensitivity partial: ";

    private static readonly object[] RunEdits =
    [
        new object[] { (Action<JsonObject>)(j => j["scenario"]!["name"] = 5), Run + "'scenario.name' must be a string, but is a number." },
        new object[] { (Action<JsonObject>)(j => j["ranges"]![0]!.AsObject().Remove("count")), Run + "'ranges[0].count' is missing." },
        new object[] { (Action<JsonObject>)(j => j["ranges"]![0]!["first"] = 2.5), Run + "'ranges[0].first' must be a whole number." },
        new object[] { (Action<JsonObject>)(j => j["run_replications"] = "500"), Run + "'run_replications' must be a number, but is a string." },
        new object[] { (Action<JsonObject>)(j => j["shard"] = 3), Run + "'shard' must be a string, but is a number." },
        new object[] { (Action<JsonObject>)(j => j["histograms"]!["metric/any_fatality"]![0]![0] = "one"), Run + "histogram 'metric/any_fatality' holds the value \"one\", not a number." },
        new object[] { (Action<JsonObject>)(j => j.Remove("histograms")), Run + "'histograms' is missing." },
    ];

    [TestCaseSource(nameof(RunEdits))]
    public void ReadRunPartial_ValueOfTheWrongKindOrMissing_NamesItsPath(Action<JsonObject> edit, string message)
    {
        var json = JsonNode.Parse(ShardedRuns.Bytes(ShardedRuns.Shard(3, 5, 500)))!.AsObject();
        edit(json);

        Assert.That(() => ShardedRuns.Read(ContentSeal.Reseal(json.ToJsonString()), "p.json"), Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }

    [TestCase("[1, 2]", "an array")]
    [TestCase("\"partial\"", "a string")]
    public void ReadRunPartial_DocumentNotAnObject_SaysWhatItIs(string json, string kind)
    {
        Assert.That(
            () => ShardedRuns.Read(System.Text.Encoding.UTF8.GetBytes(json), "p.json"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo(Run + $"the document must be an object, but is {kind}."));
    }

    private static readonly object[] SweepEdits =
    [
        new object[] { (Action<JsonObject>)(j => j["parameters"]![0]!["low"] = "x"), Sweep + "'parameters[0].low' must be a number, but is a string." },
        new object[] { (Action<JsonObject>)(j => j["parameters"]![0]!["steps"] = 0), Sweep + "'parameters[0].steps' must be a whole number from 1 to 2147483647, but is 0." },
        new object[] { (Action<JsonObject>)(j => j["rows"]![1]!["values"]![0] = JsonNode.Parse("1e400")), Sweep + "'rows[1].values[0]' must be a finite number, but is 1e400." },
        new object[] { (Action<JsonObject>)(j => j["rows"]![0]!.AsObject().Remove("point")), Sweep + "'rows[0].point' is missing." },
        new object[] { (Action<JsonObject>)(j => j["format"] = 2), Sweep + "'format' must be a string, but is a number." },
    ];

    [TestCaseSource(nameof(SweepEdits))]
    public void ReadSweepPartial_ValueOfTheWrongKindOrMissing_NamesItsPath(Action<JsonObject> edit, string message)
    {
        var json = JsonNode.Parse(AnalysisShards.Bytes(AnalysisShards.SweepShard(2, 3)))!.AsObject();
        edit(json);

        Assert.That(
            () => SweepPartial.ReadFrom(new MemoryStream(ContentSeal.Reseal(json.ToJsonString())), "s.json"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }

    private static readonly object[] SensitivityEdits =
    [
        new object[] { (Action<JsonObject>)(j => j["design"]!["samples"] = "4"), Sensitivity + "'design.samples' must be a number, but is a string." },
        new object[] { (Action<JsonObject>)(j => j["design"]!.AsObject().Remove("sampling")), Sensitivity + "'design.sampling' is missing." },
        new object[] { (Action<JsonObject>)(j => j["rows"]![2]!["output"] = null), Sensitivity + "'rows[2].output' is missing." },
        new object[] { (Action<JsonObject>)(j => j["design"]!["seed"] = -3), Sensitivity + "'design.seed' must be a whole number from 0 to 18446744073709551615." },
    ];

    [TestCaseSource(nameof(SensitivityEdits))]
    public void ReadSensitivityPartial_ValueOfTheWrongKindOrMissing_NamesItsPath(Action<JsonObject> edit, string message)
    {
        var json = JsonNode.Parse(AnalysisShards.Bytes(AnalysisShards.Response().RunShard(new ShardSpec(1, 1), AnalysisShards.Sobol())))!.AsObject();
        edit(json);

        Assert.That(
            () => SensitivityPartial.ReadFrom(new MemoryStream(ContentSeal.Reseal(json.ToJsonString())), "s.json"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }

    [Test]
    public void ReadSweepPartial_ObjectWhereTheRecordHasAString_SaysItIsNotWhatIsWrittenThere()
    {
        var json = JsonNode.Parse(AnalysisShards.Bytes(AnalysisShards.SweepShard(1, 2)))!.AsObject();
        json["scenario"] = "constant-exposure";

        Assert.That(
            () => SweepPartial.ReadFrom(new MemoryStream(ContentSeal.Reseal(json.ToJsonString())), "s.json"),
            Throws.TypeOf<FormatException>().With.Message.StartsWith(Sweep + "'scenario' is not what ScenarioSim writes there ("));
    }
}
