using ScenarioSim.Analysis;
using ScenarioSim.Cli;
using ScenarioSim.Output;
using ScenarioSim.Reporting;
using ScenarioSim.Tests.Output;
using ScenarioSim.Tests.Reporting;

namespace ScenarioSim.Tests.Cli;

[TestFixture]
public sealed class ReportCommandTests
{
    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    [Category("EndToEnd")]
    public async Task RunOutThenReport_SelfContainedPageWithKeyDates()
    {
        string scenario = ScenarioYaml.Write(_directory.Path, "drawdown.yaml", ScenarioYaml.LongRun);
        string run = _directory["run"];

        var ran = await CliOutcome.InvokeAsync("run", scenario, "--replications", "50", "--out", run);
        var reported = await CliOutcome.InvokeAsync("report", run, "--out", _directory["report.html"]);

        Assert.That(ran.ExitCode, Is.EqualTo(ExitCodes.Ok), ran.ToString());
        Assert.That(reported.ExitCode, Is.EqualTo(ExitCodes.Ok), reported.ToString());
        Assert.That(reported.Out, Does.StartWith($"Wrote {_directory["report.html"]} ("));
        Assert.That(File.ReadAllText(Path.Combine(run, RunOutput.SummaryFileName)), Does.Contain("\"key_dates\"").And.Contain("us anbar reaches 0"));
        string html = File.ReadAllText(_directory["report.html"]);
        Assert.That(ReportMarkup.Charts(html), Has.Count.GreaterThan(5));
        Assert.That(html, Does.Contain("2026-09-30").And.Not.Contain("https://"));
        Assert.That(html, Does.Not.Contain("What drives the spread"), "no uncertain parameters, no attribution");
        Assert.That(_directory.FileNames(), Has.None.EndsWith(".tmp"));
    }

    [Test]
    [Category("EndToEnd")]
    public async Task RunWithReport_WritesTheReportWithoutOut()
    {
        string scenario = ScenarioYaml.Write(_directory.Path, "constant.yaml", ScenarioYaml.ConstantExposure);

        var outcome = await CliOutcome.InvokeAsync("run", scenario, "--replications", "20", "--report", _directory["r.html"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain($"Wrote {_directory["r.html"]}"));
        Assert.That(File.ReadAllText(_directory["r.html"]), Does.Contain("<h1>Scenario: constant-exposure</h1>"));
        Assert.That(outcome.Out, Does.Contain("Monthly means, all regions, 2025-01 to 2025-03:").And.Contain("troops"));
    }

    /// <summary>
    /// compare.json names its first scenario under <c>reference</c> (docs/analysis.md) and the report reads that
    /// key: its header names the baseline rather than saying the file does not.
    /// </summary>
    [Test]
    [Category("EndToEnd")]
    public async Task CompareOutThenReport_HeaderNamesTheBaseline()
    {
        string scenario = ScenarioYaml.Write(_directory.Path, "constant.yaml", ScenarioYaml.ConstantExposure);
        string compare = _directory["compare"];

        var compared = await CliOutcome.InvokeAsync("compare", scenario, scenario, "--replications", "20", "--out", compare);
        var reported = await CliOutcome.InvokeAsync("report", compare);

        Assert.That(compared.ExitCode, Is.EqualTo(ExitCodes.Ok), compared.ToString());
        Assert.That(reported.ExitCode, Is.EqualTo(ExitCodes.Ok), reported.ToString());
        Assert.That(File.ReadAllText(Path.Combine(compare, ComparisonOutput.JsonFileName)), Does.Contain("\"reference\": \"constant-exposure\""));
        string html = File.ReadAllText(Path.Combine(compare, ReportSources.DefaultFileName));
        Assert.That(html, Does.Contain("<dt>Baseline</dt><dd>constant-exposure</dd>"));
        Assert.That(html, Does.Not.Contain("not named in compare.json"));
    }

    [Test]
    public async Task Report_DirectoryWithoutInputs_ExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("report", _directory.Path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("no summary.json, compare.json, sensitivity.json, backtest.json or sweep.json"));
    }

    [Test]
    public async Task Report_MissingInput_UsageErrorExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("report", _directory["nope"]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("does not exist"));
    }

    [Test]
    public async Task Report_SummaryFile_DefaultOutputBesideIt()
    {
        RunOutput.Write(_directory.Path, SampleReports.Summary());

        var outcome = await CliOutcome.InvokeAsync("report", _directory[RunOutput.SummaryFileName]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(File.Exists(_directory[ReportSources.DefaultFileName]), Is.True);
    }

    [Test]
    public async Task Report_DirectoryWithSummaryAndSensitivity_OnePageWithBoth()
    {
        RunOutput.Write(_directory.Path, SampleReports.Summary());
        using (var json = File.Create(_directory[ReportSources.SensitivityFileName]))
        {
            SensitivityOutput.WriteJson(
                json,
                new ResponseStamp("s", "x", "m", 1, 10, "0.1.0"),
                new SobolResult([new ParameterRange("a.b", 0, 1)], [new SobolIndex("a.b", 0.3, 0.2, 0.4, 0.05, 0.4, 0.3, 0.5, 0.05)], 8, 32, SensitivitySampling.SobolSequence, 100, 1, 2));
        }

        var outcome = await CliOutcome.InvokeAsync("report", _directory.Path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        string html = File.ReadAllText(_directory[ReportSources.DefaultFileName]);
        Assert.That(html, Does.Contain("fan-troops-all").And.Contain("tornado-m"));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Report_UncertaintyCsvBesideSummary_WhatDrivesTheSpread(bool nameTheSummaryFile)
    {
        RunOutput.Write(_directory.Path, SampleReports.Summary());
        using (var csv = File.Create(_directory[UncertaintyAttribution.CsvFileName]))
        {
            UncertaintyAttribution.WriteCsv(csv, SampleReports.Attribution());
        }

        var outcome = await CliOutcome.InvokeAsync("report", nameTheSummaryFile ? _directory[RunOutput.SummaryFileName] : _directory.Path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        string html = File.ReadAllText(_directory[ReportSources.DefaultFileName]);
        Assert.That(html, Does.Contain("What drives the spread").And.Contain("contribution-militia-attacks-total").And.Contain("contribution-isis-fighters-end"));
        Assert.That(ReportSources.Find(_directory.Path)[0].UncertaintyPath, Is.EqualTo(_directory[UncertaintyAttribution.CsvFileName]));
    }

    [Test]
    public async Task Report_MalformedUncertaintyCsv_ExitTwoNamingFileAndLine()
    {
        RunOutput.Write(_directory.Path, SampleReports.Summary());
        File.WriteAllText(_directory[UncertaintyAttribution.CsvFileName], "metric,parameter,rank_correlation,contribution_to_variance\nm,p,0.5,0.25\nm,q,high,0.75\n");

        var outcome = await CliOutcome.InvokeAsync("report", _directory.Path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Is.EqualTo(
            $"{_directory.Path}: error: {_directory[UncertaintyAttribution.CsvFileName]}:3: rank_correlation must be a number from -1 to 1, but was 'high'.{Environment.NewLine}"));
        Assert.That(File.Exists(_directory[ReportSources.DefaultFileName]), Is.False);
    }

    [Test]
    public async Task Report_BrokenCompareJson_ExitTwoNamingTheFile()
    {
        File.WriteAllText(_directory[ReportSources.CompareFileName], "{ broken");

        var outcome = await CliOutcome.InvokeAsync("report", _directory.Path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("compare.json is not valid JSON"));
        Assert.That(File.Exists(_directory[ReportSources.DefaultFileName]), Is.False);
    }
}
