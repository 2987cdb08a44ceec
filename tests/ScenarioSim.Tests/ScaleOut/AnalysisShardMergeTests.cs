using System.Text;
using System.Text.Json.Nodes;
using ScenarioSim.Analysis;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>Sweeps and sensitivity designs split by point and joined: exact results, lossless files, and every refusal.</summary>
public sealed class AnalysisShardMergeTests
{
    private static readonly Lazy<byte[]> WholeSweepCsv = new(() => AnalysisShards.Csv(AnalysisShards.Sweep()));

    /// <summary>Every shard of every split the property draws, run once.</summary>
    private static readonly Dictionary<(int K, int N), byte[]> ShardFiles = [];

    [Test]
    public void Combine_ThreeSweepShards_CsvIdenticalToUnshardedSweep()
    {
        var merged = SweepPartial.Combine(AnalysisShards.SweepShards(3).AsEnumerable().Reverse());

        Assert.That((merged.FirstPoint, merged.PointCount, merged.TotalPoints, merged.Shard), Is.EqualTo((0, 7, 7, (ShardSpec?)null)));
        Assert.That(AnalysisShards.Csv(merged.ToResult()), Is.EqualTo(WholeSweepCsv.Value));
    }

    [Test]
    public void RunShard_FourShardsOfSevenPoints_ContiguousUnevenRangesWithTheUnshardedRows()
    {
        var shards = AnalysisShards.SweepShards(4);
        var whole = AnalysisShards.Sweep();

        Assert.That(shards.Select(s => (s.FirstPoint, s.PointCount)), Is.EqualTo(new[] { (0, 1), (1, 2), (3, 2), (5, 2) }));
        foreach (var point in shards.SelectMany(s => s.Points))
        {
            Assert.That(point.Values, Is.EqualTo(whole.Points[point.Index].Values));
            Assert.That(point.Result.Metrics, Is.EqualTo(whole.Points[point.Index].Result.Metrics), $"point {point.Index}");
            Assert.That(point.Result.Exceedances, Is.EqualTo(whole.Points[point.Index].Result.Exceedances), $"point {point.Index}");
        }

        Assert.That(AnalysisShards.Csv(SweepPartial.Combine(shards).ToResult()), Is.EqualTo(WholeSweepCsv.Value));
    }

    [FsCheck.NUnit.Property(Arbitrary = [typeof(ShardArbitraries)], MaxTest = 30)]
    public bool Combine_RandomPointSplitReadFromFiles_EqualsUnshardedSweep(PointSplit split)
    {
        int n = split.Shards;
        var shards = ShardSpec.All(n).Select(s => Read(ShardFile(s.Index, n), $"sweep-{s.Index}-of-{n}")).ToList();
        int rotation = split.Rotation % shards.Count;

        var merged = SweepPartial.Combine(shards.Skip(rotation).Concat(shards.Take(rotation)));

        return AnalysisShards.Csv(merged.ToResult()).AsSpan().SequenceEqual(WholeSweepCsv.Value);
    }

    [Test]
    public void WriteRead_SweepShard_LosslessToTheByteOneRowPerLine()
    {
        var written = AnalysisShards.SweepShard(2, 3);
        byte[] bytes = AnalysisShards.Bytes(written);

        var read = AnalysisShards.Named(written, "out/sweep-2-of-3.partial.json");

        Assert.That(AnalysisShards.Bytes(read), Is.EqualTo(bytes));
        Assert.That(
            (read.ScenarioSha256, read.Seed, read.Replications, read.Design, read.TotalPoints, read.Shard, read.FirstPoint, read.PointCount, read.Source),
            Is.EqualTo((written.ScenarioSha256, AnalysisShards.Seed, AnalysisShards.Replications, ParameterSweep.GridDesign, 7, (ShardSpec?)new ShardSpec(2, 3), 2, 2, "out/sweep-2-of-3.partial.json")));
        Assert.That(read.Parameters, Is.EqualTo(AnalysisShards.SweepParameters));
        Assert.That(read.Points.Select(p => p.Result.Metrics), Is.EqualTo(written.Points.Select(p => p.Result.Metrics)));
        string text = Encoding.UTF8.GetString(bytes);
        Assert.That(text, Does.StartWith("{\n  \"format\": \"scenariosim-sweep-partial\",\n  \"format_version\": 2,\n"));
        Assert.That(text, Does.Contain("\n  \"shard\": \"2/3\",\n  \"first_point\": 2,\n  \"point_count\": 2,\n  \"rows\": [\n    {\"point\":2,\"values\":[0.6666666666666666],\"metrics\":{"));
        Assert.That(text, Does.Contain("]},\n    {\"point\":3,\"values\":[0.75],"));
        Assert.That(text, Does.Match("\\]\\}\n  \\],\n  \"content_sha256\": \"[0-9a-f]{64}\"\n\\}\n$"));
    }

    [Test]
    public void Combine_SobolShards_EstimateIdenticalToUnshardedAnalysis()
    {
        var response = AnalysisShards.Response();
        var options = AnalysisShards.Sobol();
        byte[] whole = AnalysisShards.Json(s => SensitivityOutput.WriteJson(s, response.Stamp, SobolSensitivity.Analyze(response.Parameters, response.Evaluate, options)));
        var shards = ShardSpec.All(3).Select(k => AnalysisShards.Named(response.RunShard(k, options), $"s{k.Index}")).Reverse().ToList();

        var merged = SensitivityPartial.Combine(shards);

        Assert.That(shards.Select(s => (s.FirstPoint, s.PointCount)).Reverse(), Is.EqualTo(new[] { (0, 5), (5, 5), (10, 6) }));
        Assert.That(merged.Method, Is.EqualTo(SobolSensitivity.MethodName));
        Assert.That(AnalysisShards.Json(s => SensitivityOutput.WriteJson(s, merged.Response, merged.EstimateSobol())), Is.EqualTo(whole));
    }

    [Test]
    public void Combine_MorrisShards_EstimateIdenticalToUnshardedAnalysis()
    {
        var response = AnalysisShards.Response(MetricNames.MilitiaFatalitiesTotal);
        var options = AnalysisShards.Morris();
        byte[] whole = AnalysisShards.Json(s => SensitivityOutput.WriteJson(s, response.Stamp, MorrisScreening.Analyze(response.Parameters, response.Evaluate, options)));
        var shards = ShardSpec.All(4).Select(k => AnalysisShards.Named(response.RunShard(k, options), $"m{k.Index}")).ToList();

        var merged = SensitivityPartial.Combine(shards);

        Assert.That(merged.Method, Is.EqualTo(MorrisScreening.MethodName));
        Assert.That(merged.Outputs, Has.Count.EqualTo(9));
        Assert.That(AnalysisShards.Json(s => SensitivityOutput.WriteJson(s, merged.Response, merged.EstimateMorris())), Is.EqualTo(whole));
    }

    [Test]
    public void WriteRead_SensitivityShard_OutputsBitForBit()
    {
        var written = AnalysisShards.Response().RunShard(new ShardSpec(2, 2), AnalysisShards.Sobol());

        var read = AnalysisShards.Named(written, "s.partial.json");

        Assert.That(AnalysisShards.Bytes(read), Is.EqualTo(AnalysisShards.Bytes(written)));
        Assert.That(read.Outputs.Select(BitConverter.DoubleToInt64Bits), Is.EqualTo(written.Outputs.Select(BitConverter.DoubleToInt64Bits)));
        Assert.That(read.Sobol, Is.EqualTo(AnalysisShards.Sobol() with { MaxDegreeOfParallelism = null }));
        Assert.That((read.Metric, read.TotalPoints, read.FirstPoint, read.PointCount), Is.EqualTo((MetricNames.MilitiaAttacksTotal, 16, 8, 8)));
    }

    [Test]
    public void EstimateSobol_OneShardOnly_SaysToJoinFirst()
    {
        var shard = AnalysisShards.Response().RunShard(new ShardSpec(1, 2), AnalysisShards.Sobol());

        Assert.That(
            () => shard.EstimateSobol(),
            Throws.InvalidOperationException.With.Message.EqualTo(
                "This partial holds points [0, 8) of the design's 16; join every shard with SensitivityPartial.Combine first."));
        Assert.That(() => shard.EstimateMorris(), Throws.InvalidOperationException.With.Message.EqualTo("This partial holds a sobol design, not a morris one."));
    }

    [Test]
    public void Combine_DifferentScenarios_Refused()
    {
        var other = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml", ["militia.casualties.p_fatal=0.06"]);
        var a = AnalysisShards.Named(AnalysisShards.SweepShard(1, 2), "a");
        var b = AnalysisShards.Named(AnalysisShards.SweepShard(2, 2, template: other), "b");

        Assert.That(Refusals([a, b]), Is.EqualTo(new[]
        {
            $"partials come from different scenarios: 'constant-exposure' sha256 {a.ScenarioSha256[..12]}… (a) and 'constant-exposure' sha256 {b.ScenarioSha256[..12]}… (b)",
        }));
    }

    [Test]
    public void Combine_DifferentSeedsVersionsAndReplications_EachRefused()
    {
        var a = AnalysisShards.Named(AnalysisShards.SweepShard(1, 3), "a");
        var b = AnalysisShards.Named(AnalysisShards.SweepShard(2, 3, seed: 4, replications: 12), "b");
        var c = AnalysisShards.WithVersion(AnalysisShards.Named(AnalysisShards.SweepShard(3, 3), "c"), "0.0.9");

        Assert.That(Refusals([a, b, c]), Is.EqualTo(new[]
        {
            "partials use different seeds: 3 (a, c) and 4 (b)",
            $"partials were written by different versions of ScenarioSim: {a.Version} (a, b) and 0.0.9 (c)",
            "partials use different replications per point: 10 (a, c) and 12 (b)",
        }));
    }

    [Test]
    public void Combine_DifferentParametersAndDesigns_Refused()
    {
        ParameterRange[] coarse = [new("regions.anbar.militia.base_rate", 0.5, 1.0, 3)];
        var a = AnalysisShards.Named(AnalysisShards.SweepShard(1, 2), "a");
        var b = AnalysisShards.Named(
            ParameterSweep.RunShard(AnalysisShards.Template, coarse, ParameterSweep.Grid(coarse), ParameterSweep.GridDesign, new ShardSpec(2, 2), AnalysisShards.Options()), "b");
        var c = AnalysisShards.Named(
            ParameterSweep.RunShard(
                AnalysisShards.Template, AnalysisShards.SweepParameters, AnalysisShards.SweepPoints, ParameterSweep.LatinHypercubeDesign, new ShardSpec(2, 2), AnalysisShards.Options()),
            "c");

        Assert.That(Refusals([a, b]), Is.EqualTo(new[]
        {
            "partials vary different parameters: regions.anbar.militia.base_rate=0.5:1:7 (a) and regions.anbar.militia.base_rate=0.5:1:3 (b)",
            "partials belong to designs of different sizes: 7 points (a) and 3 points (b)",
        }));
        Assert.That(Refusals([a, c]), Is.EqualTo(new[] { "partials use different designs: grid (a) and latin-hypercube (c)" }));
    }

    [Test]
    public void Combine_DuplicateOverlappingAndMissingShards_RefusedNamingThem()
    {
        var threes = AnalysisShards.SweepShards(3).Select((p, i) => AnalysisShards.Named(p, $"x/{i + 1}")).ToList();
        var again = AnalysisShards.Named(AnalysisShards.SweepShard(2, 3), "y/2");
        var half = AnalysisShards.Named(AnalysisShards.SweepShard(1, 2), "h");

        Assert.That(Refusals([.. threes, again]), Is.EqualTo(new[] { "shard 2/3 is given twice: x/2 and y/2" }));
        Assert.That(Refusals([threes[0], threes[2]]), Is.EqualTo(new[] { "missing shard 2/3 (points [2, 4))" }));
        Assert.That(Refusals([half, threes[1], threes[2]]), Is.EqualTo(new[] { "h (shard 1/2, points [0, 3)) and x/2 (shard 2/3, points [2, 4)) overlap" }));
        Assert.That(Refusals([half]), Is.EqualTo(new[] { "missing shard 2/2 (points [3, 7))" }));
        Assert.That(Refusals([threes[0], AnalysisShards.Named(AnalysisShards.SweepShard(4, 4), "q")]), Is.EqualTo(new[] { "missing points [2, 5) of 7" }));
        Assert.That(Refusals(Array.Empty<SweepPartial>()), Is.EqualTo(new[] { "no partial results to merge" }));
    }

    [Test]
    public void Combine_ShardsSplitFurther_StillExact()
    {
        // Shard 2/2 failed and was rerun as 3/4 and 4/4: points decide, not shard counts (as for runs).
        var parts = new[] { AnalysisShards.SweepShard(1, 2), AnalysisShards.SweepShard(3, 4), AnalysisShards.SweepShard(4, 4) };

        Assert.That(AnalysisShards.Csv(SweepPartial.Combine(parts).ToResult()), Is.EqualTo(WholeSweepCsv.Value));
    }

    [Test]
    public void Combine_SensitivityDifferentMetricsAndMethods_Refused()
    {
        var attacks = AnalysisShards.Response();
        var a = AnalysisShards.Named(attacks.RunShard(new ShardSpec(1, 2), AnalysisShards.Sobol()), "a");
        var b = AnalysisShards.Named(AnalysisShards.Response(MetricNames.AnyFatality).RunShard(new ShardSpec(2, 2), AnalysisShards.Sobol()), "b");
        var c = AnalysisShards.Named(attacks.RunShard(new ShardSpec(2, 2), AnalysisShards.Sobol(samples: 6)), "c");

        Assert.That(Refusals([a, b]), Is.EqualTo(new[] { "partials analyse different metrics: militia_attacks_total (a) and any_fatality (b)" }));
        Assert.That(Refusals([a, c]), Is.EqualTo(new[]
        {
            "partials belong to designs of different sizes: 16 points (a) and 24 points (c)",
            "partials use different designs: sobol (sobol-sequence, N = 4, bootstrap 20, seed 3) (a) and sobol (sobol-sequence, N = 6, bootstrap 20, seed 3) (c)",
        }));
    }

    [Test]
    public void KindOf_EachPartialFile_TellsThemApart()
    {
        Assert.That(Kind(ShardedRuns.Bytes(ShardedRuns.Shard(1, 2, 10))), Is.EqualTo(PartialKind.Run));
        Assert.That(Kind(AnalysisShards.Bytes(AnalysisShards.SweepShard(1, 7))), Is.EqualTo(PartialKind.Sweep));
        Assert.That(Kind(AnalysisShards.Bytes(AnalysisShards.Response().RunShard(new ShardSpec(9, 9), AnalysisShards.Sobol()))), Is.EqualTo(PartialKind.Sensitivity));
        Assert.That(Kind(Encoding.UTF8.GetBytes("{\"format\": \"something\"}")), Is.Null);
        Assert.That(Kind(Encoding.UTF8.GetBytes("[1, 2")), Is.Null);
        Assert.That(PartialFile.KindOf(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))), Is.Null);
    }

    [TestCase("format_version", "3", "s.json: sweep-partial format version 3 is not supported; this version of ScenarioSim reads version 2.")]
    [TestCase("first_point", "1", "s.json: not a valid ScenarioSim sweep partial: shard 2/3 of 7 points holds [2, 4), but the partial holds [1, 3).")]
    [TestCase("point_count", "3", "s.json: not a valid ScenarioSim sweep partial: shard 2/3 of 7 points holds [2, 4), but the partial holds [2, 5).")]
    [TestCase("design", "\"spiral\"", "s.json: not a valid ScenarioSim sweep partial: 'design' is \"spiral\", expected \"grid\", \"latin-hypercube\" or \"nearly-orthogonal-latin-hypercube\".")]
    [TestCase("seed", "-1", "s.json: not a valid ScenarioSim sweep partial: 'seed' must be a whole number from 0 to 18446744073709551615.")]
    public void ReadFrom_CorruptSweepPartial_NamesFileAndProblem(string field, string json, string message)
    {
        var document = JsonNode.Parse(AnalysisShards.Bytes(AnalysisShards.SweepShard(2, 3)))!.AsObject();
        document[field] = JsonNode.Parse(json);

        Assert.That(
            () => SweepPartial.ReadFrom(new MemoryStream(ContentSeal.Reseal(document.ToJsonString())), "s.json"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo(message));
    }

    [Test]
    public void ReadFrom_SweepRowMissingASummaryField_NamesThePoint()
    {
        var document = JsonNode.Parse(AnalysisShards.Bytes(AnalysisShards.SweepShard(2, 3)))!.AsObject();
        document["rows"]![1]!["metrics"]![MetricNames.MilitiaAttacksTotal]!.AsObject().Remove("mean");

        Assert.That(
            () => SweepPartial.ReadFrom(new MemoryStream(ContentSeal.Reseal(document.ToJsonString())), "s.json"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("s.json: not a valid ScenarioSim sweep partial: point 3: the field 'mean' is missing."));
    }

    [Test]
    public void ReadFrom_SensitivityDesignOfTheWrongSize_Refused()
    {
        var document = JsonNode.Parse(AnalysisShards.Bytes(AnalysisShards.Response().RunShard(new ShardSpec(1, 1), AnalysisShards.Sobol())))!.AsObject();
        document["design"]!["samples"] = 5;

        Assert.That(
            () => SensitivityPartial.ReadFrom(new MemoryStream(ContentSeal.Reseal(document.ToJsonString())), "s.json"),
            Throws.TypeOf<FormatException>().With.Message.EqualTo(
                "s.json: not a valid ScenarioSim sensitivity partial: the sobol design of 2 parameters has 20 points, but 'design_points' is 16."));
    }

    private static byte[] ShardFile(int k, int n)
    {
        lock (ShardFiles)
        {
            if (!ShardFiles.TryGetValue((k, n), out byte[]? bytes))
            {
                bytes = AnalysisShards.Bytes(AnalysisShards.SweepShard(k, n));
                ShardFiles[(k, n)] = bytes;
            }

            return bytes;
        }
    }

    private static SweepPartial Read(byte[] bytes, string source)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return SweepPartial.ReadFrom(stream, source);
    }

    private static PartialKind? Kind(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return PartialFile.KindOf(stream);
    }

    private static string[] Refusals(IEnumerable<SweepPartial> partials)
    {
        var error = Assert.Throws<InvalidInputException>(() => SweepPartial.Combine(partials));
        return error!.Diagnostics.Select(d => d.Message).ToArray();
    }

    private static string[] Refusals(IEnumerable<SensitivityPartial> partials)
    {
        var error = Assert.Throws<InvalidInputException>(() => SensitivityPartial.Combine(partials));
        return error!.Diagnostics.Select(d => d.Message).ToArray();
    }
}
