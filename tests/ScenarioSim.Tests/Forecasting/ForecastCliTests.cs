using System.Text.Json;
using ScenarioSim.Cli;
using ScenarioSim.Tests.Calibration;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Forecasting;

/// <summary>The forecast verb and backtest --rolling, end to end through the console runner.</summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class ForecastCliTests
{
    private const string DailyData = """
        date,series,region,count
        2025-01-01,militia_attacks,a,1
        2025-01-01,militia_attacks,b,2
        2025-01-02,militia_attacks,a,0
        2025-01-02,militia_attacks,b,1
        2025-01-03,militia_attacks,a,4
        2025-01-03,militia_attacks,b,3
        """;

    private TemporaryDirectory _directory = null!;
    private string _scenario = null!;
    private string _data = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = new TemporaryDirectory();
        _scenario = ScenarioYaml.Write(_directory.Path, "tiny.yaml", CalibrationScenarios.Tiny);
        _data = _directory["data.csv"];
        File.WriteAllText(_data, DailyData);
    }

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public async Task Forecast_WithOut_WritesRunFilesAndConditioning()
    {
        string output = _directory["out"];

        var outcome = await CliOutcome.InvokeAsync("forecast", _scenario, "--data", _data, "--replications", "100", "--seed", "4", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("Conditioned on 6 militia_attacks rows up to 2025-01-03").And.Contain("forecast from 2025-01-04"));
        Assert.That(Directory.GetFiles(output).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { ".scenariosim-output", "conditioning.json", "metrics.csv", "series.csv", "summary.json" }));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "conditioning.json")));
        Assert.That(json.RootElement.GetProperty("origin").GetString(), Is.EqualTo("2025-01-03"));
        Assert.That(json.RootElement.GetProperty("state_probabilities").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "calm", "tension", "conflict" }));
        Assert.That(json.RootElement.GetProperty("excitation").GetProperty("a").GetDouble(), Is.GreaterThan(0));
    }

    [Test]
    public async Task Forecast_OriginNotADate_ExitsTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("forecast", _scenario, "--data", _data, "--origin", "3 Jan");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(outcome.Error, Does.Contain("error: --origin must be a date yyyy-MM-dd, but was '3 Jan'."));
    }

    [Test]
    public async Task Forecast_OriginBeforeTheData_ExitsTwoNamingTheFile()
    {
        var outcome = await CliOutcome.InvokeAsync("forecast", _scenario, "--data", _data, "--origin", "2025-01-06");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(outcome.Error, Does.StartWith($"{_data}: error: the origin 2025-01-06 must lie from the scenario's start"));
    }

    [Test]
    public async Task BacktestRolling_WithoutHorizon_ExitsTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("backtest", _scenario, "--data", _data, "--rolling", "--every", "1");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(outcome.Error, Does.Contain("--rolling needs --every DAYS and --horizon DAYS."));
    }

    [Test]
    public async Task BacktestRolling_WithOut_WritesSummaryOfFourModels()
    {
        string output = _directory["bt"];

        var outcome = await CliOutcome.InvokeAsync("backtest", _scenario, "--data", _data, "--rolling", "--every", "1", "--horizon", "1", "--replications", "50", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "backtest.json")));
        var summary = json.RootElement.GetProperty("summary");
        Assert.That(summary.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "conditioned", "unconditioned", "negbin_constant", "persistence" }));
        foreach (var model in summary.EnumerateObject())
        {
            Assert.That(model.Value.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "crps", "coverage50", "coverage90", "interval_score90" }));
        }

        // Origins on 2025-01-01 and 2025-01-02, each forecasting the next day.
        Assert.That(json.RootElement.GetProperty("origins").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task Report_RollingBacktestDirectory_DrawsFansAndPitHistograms()
    {
        string output = _directory["bt"];
        var backtest = await CliOutcome.InvokeAsync("backtest", _scenario, "--data", _data, "--rolling", "--every", "1", "--horizon", "1", "--replications", "50", "--out", output);
        Assert.That(backtest.ExitCode, Is.EqualTo(ExitCodes.Ok), backtest.ToString());

        var outcome = await CliOutcome.InvokeAsync("report", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("(8 charts)"));
        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.That(html, Does.Contain("Rolling back-test of tiny").And.Contain("conditioned: PIT of the observed totals").And.Contain("share of origins"));
    }
}
