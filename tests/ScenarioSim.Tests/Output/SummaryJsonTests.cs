using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScenarioSim.Output;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class SummaryJsonTests
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private static readonly string[] StatisticFields = ["n", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max"];

    [Test]
    public void Write_Minimal_IsPinnedToTheByte()
    {
        string json = SummaryJson.ToJson(SampleResults.Minimal(), Sha);

        Assert.That(json, Is.EqualTo("""
            {
              "scenario": {
                "name": "tiny",
                "sha256": "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
              },
              "seed": 7,
              "replications": 4,
              "version": "1.2.3",
              "metrics": {
                "resurgence": {
                  "n": 4,
                  "mean": 0.5,
                  "sd": 0.5773502691896257,
                  "se": 0.28867513459481287,
                  "p05": 0,
                  "p25": 0,
                  "p50": 0.5,
                  "p75": 1,
                  "p95": 1,
                  "min": 0,
                  "max": 1,
                  "probability": 0.5,
                  "ci95_low": 0.15003898915214947,
                  "ci95_high": 0.8499610108478506
                },
                "days_to_resurgence": {
                  "n": 2,
                  "mean": 10,
                  "sd": null,
                  "se": null,
                  "p05": 10,
                  "p25": 10,
                  "p50": 10,
                  "p75": 10,
                  "p95": 10,
                  "min": 10,
                  "max": 10,
                  "n_missing": 2
                }
              },
              "exceedance": [
                {
                  "metric": "isis_fighters_end",
                  "threshold": 5000,
                  "probability": 0.25,
                  "ci95_low": 0.045586062644636,
                  "ci95_high": 0.6993581493475
                }
              ],
              "series": {
                "isis_fighters": {
                  "all": [
                    {
                      "month": "2025-01",
                      "n": 4,
                      "mean": 3000.25,
                      "sd": 1E-05,
                      "se": 0.1,
                      "p05": 2999,
                      "p25": 3000,
                      "p50": 3000,
                      "p75": 3001,
                      "p95": 3002,
                      "min": 2998,
                      "max": 3003
                    }
                  ]
                }
              }
            }

            """));
    }

    [Test]
    public void Write_TopLevel_HasSpecFieldsInOrder()
    {
        using var document = JsonDocument.Parse(SummaryJson.ToJson(SampleResults.Full(), Sha));

        Assert.That(
            document.RootElement.EnumerateObject().Select(p => p.Name),
            Is.EqualTo(new[] { "scenario", "seed", "replications", "version", "metrics", "exceedance", "series" }));
        var scenario = document.RootElement.GetProperty("scenario");
        Assert.That(scenario.GetProperty("name").GetString(), Is.EqualTo("baseline, \"phased\""));
        Assert.That(scenario.GetProperty("sha256").GetString(), Is.EqualTo(Sha));
        Assert.That(document.RootElement.GetProperty("seed").GetUInt64(), Is.EqualTo(42));
        Assert.That(document.RootElement.GetProperty("replications").GetInt32(), Is.EqualTo(100));
    }

    [Test]
    public void Write_Metrics_HaveStatisticsPlusProbabilityForBinaryAndMissingCountForDaysToResurgence()
    {
        using var document = JsonDocument.Parse(SummaryJson.ToJson(SampleResults.Full(), Sha));
        var metrics = document.RootElement.GetProperty("metrics");

        Assert.That(Names(metrics.GetProperty(MetricNames.MilitiaAttacksTotal)), Is.EqualTo(StatisticFields));
        Assert.That(
            Names(metrics.GetProperty(MetricNames.AnyFatality)),
            Is.EqualTo(StatisticFields.Concat(["probability", "ci95_low", "ci95_high"])));
        Assert.That(
            Names(metrics.GetProperty(MetricNames.DaysToResurgence)),
            Is.EqualTo(StatisticFields.Append("n_missing")));
        Assert.That(metrics.GetProperty(MetricNames.DaysToResurgence).GetProperty("n_missing").GetInt64(), Is.EqualTo(100));
    }

    [Test]
    public void Write_NaN_IsNull()
    {
        using var document = JsonDocument.Parse(SummaryJson.ToJson(SampleResults.Full(), Sha));
        var days = document.RootElement.GetProperty("metrics").GetProperty(MetricNames.DaysToResurgence);

        Assert.That(days.GetProperty("n").GetInt64(), Is.Zero);
        Assert.That(
            StatisticFields.Skip(1).Select(f => days.GetProperty(f).ValueKind),
            Is.All.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public void Write_ExceedanceAndSeries_HaveSpecShape()
    {
        using var document = JsonDocument.Parse(SummaryJson.ToJson(SampleResults.Full(), Sha));

        var exceedance = document.RootElement.GetProperty("exceedance");
        Assert.That(exceedance.GetArrayLength(), Is.EqualTo(1));
        Assert.That(Names(exceedance[0]), Is.EqualTo(new[] { "metric", "threshold", "probability", "ci95_low", "ci95_high" }));

        var series = document.RootElement.GetProperty("series");
        Assert.That(Names(series), Is.EqualTo(new[] { SeriesNames.MilitiaAttacks, SeriesNames.Troops }));
        var attacks = series.GetProperty(SeriesNames.MilitiaAttacks);
        Assert.That(Names(attacks), Is.EqualTo(new[] { "anbar", SeriesNames.AllRegions }));
        var anbar = attacks.GetProperty("anbar");
        Assert.That(anbar.EnumerateArray().Select(p => p.GetProperty("month").GetString()), Is.EqualTo(new[] { "2025-01", "2025-02" }));
        Assert.That(Names(anbar[0]), Is.EqualTo(StatisticFields.Prepend("month")));
    }

    [Test]
    public void Write_SameResultTwice_IdenticalBytesWithUnixLineEndingsAndNoBom()
    {
        byte[] first = Bytes(SampleResults.Full());
        byte[] second = Bytes(SampleResults.Full());

        Assert.That(second, Is.EqualTo(first));
        Assert.That(first.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.That(first, Does.Not.Contain((byte)'\r'));
        Assert.That(first[^1], Is.EqualTo((byte)'\n'));
    }

    [Test]
    public void Write_StreamAndTextWriter_SameText()
    {
        using var writer = new StringWriter();
        SummaryJson.Write(writer, SampleResults.Full(), Sha);

        Assert.That(writer.ToString(), Is.EqualTo(Encoding.UTF8.GetString(Bytes(SampleResults.Full()))));
    }

    [Test]
    public void Parse_WrittenSummary_RoundTrips()
    {
        var original = SampleResults.Full();

        var read = SummaryJson.Parse(SummaryJson.ToJson(original, Sha));

        Assert.That(read.ScenarioSha256, Is.EqualTo(Sha));
        Assert.That(read.Result.ScenarioName, Is.EqualTo(original.ScenarioName));
        Assert.That(read.Result.Seed, Is.EqualTo(original.Seed));
        Assert.That(read.Result.Replications, Is.EqualTo(original.Replications));
        Assert.That(read.Result.Version, Is.EqualTo(original.Version));
        Assert.That(read.Result.Metrics, Is.EqualTo(original.Metrics));
        Assert.That(read.Result.Exceedances, Is.EqualTo(original.Exceedances));
        Assert.That(read.Result.Series, Is.EqualTo(original.Series));
        Assert.That(SummaryJson.ToJson(read.Result, read.ScenarioSha256), Is.EqualTo(SummaryJson.ToJson(original, Sha)));
    }

    [Test]
    public void Parse_MetricHistogram_RoundTripsAsLowerUpperCountTriples()
    {
        var original = SampleResults.Full();
        var withHistogram = original with
        {
            Metrics =
            [
                original.Metrics[0] with { Histogram = [new HistogramBin(0, 5, 12), new HistogramBin(5, 10, 88)] },
                .. original.Metrics.Skip(1),
            ],
        };

        string json = SummaryJson.ToJson(withHistogram, Sha);
        var read = SummaryJson.Parse(json);

        Assert.That(json, Does.Contain("\"histogram\": [\n        [\n          0,\n          5,\n          12\n        ],"));
        Assert.That(read.Result.Metrics[0].Histogram, Is.EqualTo(withHistogram.Metrics[0].Histogram));
        Assert.That(read.Result.Metrics, Is.EqualTo(withHistogram.Metrics));
    }

    [Test]
    public void Parse_MissingField_FormatExceptionNamingIt()
    {
        Assert.That(
            () => SummaryJson.Parse("""{ "scenario": { "name": "x", "sha256": "y" } }"""),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("summary.json: the field 'metrics' is missing."));
    }

    [Test]
    public void Parse_NullStatistic_ReadsAsNaN_MissingStatistic_IsNamed()
    {
        var document = JsonNode.Parse(SummaryJson.ToJson(SampleResults.Minimal(), Sha))!.AsObject();
        var resurgence = document["metrics"]!["resurgence"]!.AsObject();

        resurgence["p25"] = null;
        Assert.That(SummaryJson.Parse(document.ToJsonString()).Result.Metrics[0].Statistics.P25, Is.NaN);

        resurgence.Remove("p25");
        Assert.That(
            () => SummaryJson.Parse(document.ToJsonString()),
            Throws.TypeOf<FormatException>().With.Message.EqualTo("summary.json: the field 'p25' is missing."));
    }

    [Test]
    public void Parse_HistogramBinNotATriple_FormatExceptionSayingSo()
    {
        var document = JsonNode.Parse(SummaryJson.ToJson(SampleResults.Minimal(), Sha))!.AsObject();
        document["metrics"]!["days_to_resurgence"]!["histogram"] = JsonNode.Parse("[[10, 11, 2], [11, 12]]");

        Assert.That(
            () => SummaryJson.Parse(document.ToJsonString()),
            Throws.TypeOf<FormatException>().With.Message.StartsWith(
                "summary.json is not valid JSON or not in the shape ScenarioSim writes: a histogram bin must be [lower, upper, count]"));
    }

    private static byte[] Bytes(SimulationResult result)
    {
        using var stream = new MemoryStream();
        SummaryJson.Write(stream, result, Sha);
        return stream.ToArray();
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name);
}
