using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.Tests.Engine;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class UncertaintyCsvTests
{
    private const string Header = "metric,parameter,rank_correlation,contribution_to_variance\n";

    [Test]
    public void Parse_WhatWriteCsvWritesForARun_SameAttribution()
    {
        var scenario = TestScenarios.ConstantMilitia(0.4, 60) with
        {
            Uncertainties =
            [
                new UncertainParameter("regions[0].militia.base_rate", Distribution.Uniform(0.1, 1.0)),
                new UncertainParameter("militia.casualties.p_fatal", Distribution.Uniform(0.01, 0.2)),
            ],
        };
        var metrics = new ScenarioRunner().RunReplicationMetrics(scenario, new RunOptions { Replications = 200, Seed = 5 });
        var attribution = UncertaintyAttribution.Compute(metrics, [MetricNames.MilitiaAttacksTotal, MetricNames.MilitiaFatalitiesTotal]);

        AssertSame(RoundTrip(attribution), attribution);
    }

    [Test]
    public void Parse_AwkwardNamesAndNumbers_SameAttribution()
    {
        IReadOnlyList<MetricAttribution> attribution =
        [
            new MetricAttribution("m,\"quoted\"", [new ParameterContribution("a.b", -1, 1), new ParameterContribution("path, with \"comma\"", double.NaN, double.NaN)]),
            new MetricAttribution("second", [new ParameterContribution("a.b", 1e-300, 0.1 + 0.2), new ParameterContribution("c", -0.0, 0)]),
        ];

        AssertSame(RoundTrip(attribution), attribution);
    }

    [Test]
    public void Parse_ColumnsInAnyOrderExtraColumnsCrLfAndBom_Read()
    {
        string text = "\uFEFFparameter,contribution_to_variance,note,metric,rank_correlation\r\na,0.75,x,m1,-0.6\r\n\r\nb,0.25,y,m1,0.3\r\na,1,z,m2,0.9\r\n";

        var attribution = UncertaintyCsv.Parse(text, "u.csv");

        Assert.That(attribution.Select(m => m.Metric), Is.EqualTo(new[] { "m1", "m2" }));
        Assert.That(attribution[0].Parameters, Is.EqualTo(new[] { new ParameterContribution("a", -0.6, 0.75), new ParameterContribution("b", 0.3, 0.25) }));
        Assert.That(attribution[1].Parameters, Is.EqualTo(new[] { new ParameterContribution("a", 0.9, 1) }));
    }

    [Test]
    public void Parse_HeaderOnly_NoAttribution() =>
        Assert.That(UncertaintyCsv.Parse(Header, "u.csv"), Is.Empty);

    [TestCase("", "u.csv:1: the file is empty; its first line must be the header metric,parameter,rank_correlation,contribution_to_variance.")]
    [TestCase("metric,parameter,rank\n", "u.csv:1: the header lacks rank_correlation, contribution_to_variance; it must name the columns metric,parameter,rank_correlation,contribution_to_variance.")]
    [TestCase("metric,parameter,metric,rank_correlation,contribution_to_variance\n", "u.csv:1: the column 'metric' appears twice.")]
    [TestCase(Header + "m,p,0.5\n", "u.csv:2: expected 4 fields, as the header has, but found 3.")]
    [TestCase(Header + "m,p,abc,0.5\n", "u.csv:2: rank_correlation must be a number from -1 to 1, but was 'abc'.")]
    [TestCase(Header + "\n\nm,p,NaN,0.5\n", "u.csv:4: rank_correlation must be a number from -1 to 1, but was 'NaN'.")]
    [TestCase(Header + "m,p,0.5,1.5\n", "u.csv:2: contribution_to_variance must be a number from 0 to 1, but was '1.5'.")]
    [TestCase(Header + "m,p,0.5,0.2\nm,p,0.1,0.1\n", "u.csv:3: m and p already have a row, on line 2.")]
    [TestCase(Header + ",p,0.5,0.2\n", "u.csv:2: metric is empty.")]
    [TestCase(Header + "m,\"p,0.5,0.2\n", "u.csv:2: a quoted field opened on this line is never closed.")]
    public void Parse_Malformed_FormatExceptionWithFileAndLine(string text, string message) =>
        Assert.That(() => UncertaintyCsv.Parse(text, "u.csv"), Throws.TypeOf<FormatException>().With.Message.EqualTo(message));

    [Test]
    public void ReadFile_NamesThePathInMessages()
    {
        using var directory = new TemporaryDirectory();
        string path = directory[UncertaintyAttribution.CsvFileName];
        File.WriteAllText(path, Header + "m,p,x,0.5\n");

        Assert.That(() => UncertaintyCsv.ReadFile(path), Throws.TypeOf<FormatException>().With.Message.StartsWith($"{path}:2: rank_correlation"));
    }

    private static IReadOnlyList<MetricAttribution> RoundTrip(IReadOnlyList<MetricAttribution> attribution)
    {
        using var stream = new MemoryStream();
        UncertaintyAttribution.WriteCsv(stream, attribution);
        return UncertaintyCsv.Parse(OutputEncoding.Utf8.GetString(stream.ToArray()), "u.csv");
    }

    private static void AssertSame(IReadOnlyList<MetricAttribution> actual, IReadOnlyList<MetricAttribution> expected)
    {
        Assert.That(actual.Select(m => m.Metric), Is.EqualTo(expected.Select(m => m.Metric)));
        for (int i = 0; i < expected.Count; i++)
        {
            // Record equality compares doubles with Equals: exact, and NaN equals NaN.
            Assert.That(actual[i].Parameters, Is.EqualTo(expected[i].Parameters), expected[i].Metric);
        }
    }
}
