using System.Text.Json;
using ScenarioSim.Cli;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Calibration;

/// <summary>The calibrate and backtest verbs and --set-file, end to end through the console runner.</summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class CalibrationCliTests
{
    // Anbar: 1,000 troops (exposure 1), no chain, no Hawkes: the MLE of the base rate from period totals is
    // the total over the days, 42 / 90.
    private const string MonthlyData = """
        date,end_date,series,region,count
        2025-01-01,2025-01-31,militia_attacks,anbar,14
        2025-02-01,2025-02-28,militia_attacks,anbar,16
        2025-03-01,2025-03-31,militia_attacks,anbar,12
        """;

    private TemporaryDirectory _directory = null!;
    private string _scenario = null!;
    private string _data = null!;

    [SetUp]
    public void SetUp()
    {
        _directory = new TemporaryDirectory();
        _scenario = ScenarioYaml.Write(_directory.Path, "constant.yaml", ScenarioYaml.ConstantExposure);
        _data = _directory["data.csv"];
        File.WriteAllText(_data, MonthlyData);
    }

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [Test]
    public async Task Calibrate_WithOut_WritesReportFittedFileAndTable()
    {
        string output = _directory["out"];

        var outcome = await CliOutcome.InvokeAsync(
            "calibrate", _scenario, "--data", _data, "--fit", "regions.anbar.militia.base_rate", "--replications", "50", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("regions.anbar.militia.base_rate").And.Contain("Goodness of fit"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "calibration.json")));
        var root = json.RootElement;
        var estimate = root.GetProperty("parameters").GetProperty("regions.anbar.militia.base_rate");
        Assert.That(estimate.GetProperty("estimate").GetDouble(), Is.EqualTo(42.0 / 90).Within(1e-5));
        // Poisson with Λ = 90·λ: se = sqrt(λ/90).
        Assert.That(estimate.GetProperty("se").GetDouble(), Is.EqualTo(Math.Sqrt(42.0 / 90 / 90)).Within(1e-4));
        Assert.That(estimate.GetProperty("ci95_low").GetDouble(), Is.LessThan(42.0 / 90));
        Assert.That(estimate.GetProperty("ci95_high").GetDouble(), Is.GreaterThan(42.0 / 90));
        Assert.That(root.GetProperty("observation_model").GetProperty("name").GetString(), Is.EqualTo("poisson"));
        Assert.That(root.GetProperty("aic").GetDouble(), Is.EqualTo(2 - (2 * root.GetProperty("log_likelihood").GetDouble())).Within(1e-9));
        Assert.That(root.GetProperty("goodness_of_fit").GetProperty("rows").GetInt32(), Is.EqualTo(3));
        Assert.That(File.ReadAllText(Path.Combine(output, "fit.csv")), Does.StartWith("line,series,region,date,end_date,observed,mean"));

        string fitted = Path.Combine(output, "fitted.yaml");
        var validate = await CliOutcome.InvokeAsync("validate", _scenario, "--set-file", fitted);
        Assert.That(validate.ExitCode, Is.EqualTo(ExitCodes.Ok), validate.ToString());
    }

    [Test]
    public async Task Calibrate_NegativeCount_FileLineErrorExitTwo()
    {
        File.WriteAllText(_data, MonthlyData.Replace(",16", ",-16", StringComparison.Ordinal));

        var outcome = await CliOutcome.InvokeAsync("calibrate", _scenario, "--data", _data, "--fit", "regions.anbar.militia.base_rate");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error.TrimEnd(), Is.EqualTo($"{_data}:3: error: count must be a whole number >= 0, but was '-16'"));
    }

    [Test]
    public async Task Calibrate_UnknownRegionAndUnknownSeries_EveryRowReported()
    {
        File.WriteAllText(_data, MonthlyData.Replace("2025-02-28,militia_attacks,anbar", "2025-02-28,militia_attacks,anbr", StringComparison.Ordinal)
            .Replace("2025-03-31,militia_attacks", "2025-03-31,militia", StringComparison.Ordinal));

        var outcome = await CliOutcome.InvokeAsync("calibrate", _scenario, "--data", _data, "--fit", "regions.anbar.militia.base_rate");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain($"{_data}:3: error: unknown region 'anbr'").And.Contain($"{_data}:4: error: unknown series 'militia'"));
    }

    [Test]
    public async Task Calibrate_UnknownFitPath_ErrorExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("calibrate", _scenario, "--data", _data, "--fit", "regions.anbar.militia.base_rat");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.StartWith("error: --fit regions.anbar.militia.base_rat: 'regions.anbar.militia.base_rat' cannot be fitted"));
    }

    [Test]
    public async Task Backtest_WithOut_WritesScores()
    {
        string output = _directory["out"];

        var outcome = await CliOutcome.InvokeAsync("backtest", _scenario, "--data", _data, "--replications", "100", "--threshold", "15", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("CRPS").And.Contain("coverage 90%"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "backtest.json")));
        var all = json.RootElement.GetProperty("summary").GetProperty("all");
        Assert.That(all.GetProperty("rows").GetInt32(), Is.EqualTo(3));
        // Base rate 0.5: monthly means 15.5, 14, 15.5 with sd about 4; the CRPS is of the order of the sd.
        Assert.That(all.GetProperty("crps").GetDouble(), Is.InRange(0.5, 5));
        Assert.That(all.GetProperty("brier").GetProperty("ge_15").GetDouble(), Is.InRange(0, 1));
        Assert.That(json.RootElement.GetProperty("rows").GetArrayLength(), Is.EqualTo(3));
    }

    [Test]
    public async Task Run_SetFileWithBadValue_LocatedInTheSetFileExitTwo()
    {
        string file = _directory["overrides.yaml"];
        File.WriteAllText(file, "regions.anbar.militia.base_rate: -2\n");

        var outcome = await CliOutcome.InvokeAsync("run", _scenario, "--set-file", file, "--replications", "10");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.StartWith($"{file}:1:34: error: "));
    }

    [Test]
    public async Task Trace_SetFile_Applied()
    {
        string file = _directory["overrides.yaml"];
        File.WriteAllText(file, "regions.anbar.militia.base_rate: 0\n");

        var outcome = await CliOutcome.InvokeAsync("trace", _scenario, "--replication", "0", "--set-file", file);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        var lines = outcome.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int column = Array.IndexOf(lines[0].Split(','), "militia_attacks_anbar");
        Assert.That(column, Is.GreaterThanOrEqualTo(0), lines[0]);
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[column]), Has.All.EqualTo("0"));
    }
}
