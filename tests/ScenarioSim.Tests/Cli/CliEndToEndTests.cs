using System.Text.Json;
using System.Text.RegularExpressions;
using ScenarioSim.Cli;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

/// <summary>
/// The console runner over real scenario files. These need the YAML loader and the engine: they fail
/// until both land (category EndToEnd).
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class CliEndToEndTests : ConstantScenarioFixture
{
    [Test]
    public async Task Validate_ValidScenario_OkLineExitZero()
    {
        var outcome = await CliOutcome.InvokeAsync("validate", Scenario);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(
            outcome.Out.TrimEnd(),
            Is.EqualTo($"{Scenario}: ok: 'constant-exposure', 90 days (2025-01-01 to 2025-03-31), 2 regions (anbar, erbil)"));
        Assert.That(outcome.Error, Is.Empty);
    }

    [Test]
    public async Task Validate_InvalidScenario_EveryProblemLocatedExitTwo()
    {
        string path = ScenarioYaml.Write(DirectoryPath, "broken.yaml", ScenarioYaml.Invalid);

        var outcome = await CliOutcome.InvokeAsync("validate", path);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        string[] lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Length.GreaterThanOrEqualTo(2), "both problems are reported, not only the first");
        Assert.That(lines, Has.All.Match($"^{Regex.Escape(path)}:[0-9]+:[0-9]+: error: .+"));
        Assert.That(lines, Has.Some.Match($"^{Regex.Escape(path)}:6:[0-9]+: error: .*base_rate"));
        Assert.That(lines, Has.Some.Match($"^{Regex.Escape(path)}:7:[0-9]+: error: .*unknown_key"));
        Assert.That(outcome.Out, Does.Not.Contain(": ok"));
    }

    [Test]
    public async Task Run_InvalidScenario_DiagnosticsExitTwoAndNoOutput()
    {
        string path = ScenarioYaml.Write(DirectoryPath, "broken.yaml", ScenarioYaml.Invalid);
        string output = PathOf("out");

        var outcome = await CliOutcome.InvokeAsync("run", path, "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain($"{path}:6:"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public async Task Run_BadSetPath_LocatedDiagnosticExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--set", "regions.anbar.militia.base_rat=1");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("error: ").And.Contain("base_rat"));
    }

    [Test]
    public async Task Run_WithOut_WritesTheThreeSpecFilesAndPrintsTheSummary()
    {
        string output = PathOf("results");

        var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "50", "--seed", "3", "--threads", "2", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { ".scenariosim-output", "metrics.csv", "scenario.json", "series.csv", "summary.json" }));
        Assert.That(outcome.Out, Does.Contain("constant-exposure").And.Contain("seed: 3").And.Contain("replications: 50"));
        Assert.That(outcome.Out, Does.Contain(MetricNames.MilitiaAttacksTotal).And.Contain(MetricNames.DaysToResurgence));

        using var summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "summary.json")));
        var root = summary.RootElement;
        Assert.That(root.GetProperty("scenario").GetProperty("name").GetString(), Is.EqualTo("constant-exposure"));
        Assert.That(root.GetProperty("scenario").GetProperty("sha256").GetString(), Does.Match("^[0-9a-f]{64}$"));
        Assert.That(root.GetProperty("seed").GetUInt64(), Is.EqualTo(3));
        Assert.That(root.GetProperty("replications").GetInt32(), Is.EqualTo(50));
        Assert.That(root.GetProperty("version").GetString(), Is.Not.Empty);
        Assert.That(root.GetProperty("metrics").EnumerateObject().Select(p => p.Name), Is.EqualTo(MetricNames.All));
        foreach (var metric in root.GetProperty("metrics").EnumerateObject())
        {
            foreach (string field in new[] { "n", "mean", "sd", "se", "p05", "p25", "p50", "p75", "p95", "min", "max" })
            {
                Assert.That(metric.Value.TryGetProperty(field, out _), Is.True, $"{metric.Name}.{field}");
            }
        }

        Assert.That(root.GetProperty("metrics").GetProperty(MetricNames.AnyFatality).TryGetProperty("probability", out _), Is.True);
        Assert.That(root.GetProperty("metrics").GetProperty(MetricNames.DaysToResurgence).GetProperty("n_missing").GetInt64(), Is.EqualTo(50));
        Assert.That(root.GetProperty("exceedance").ValueKind, Is.EqualTo(JsonValueKind.Array));
        var troops = root.GetProperty("series").GetProperty(SeriesNames.Troops);
        Assert.That(troops.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "anbar", "erbil", SeriesNames.AllRegions }));
        Assert.That(
            troops.GetProperty("anbar").EnumerateArray().Select(p => p.GetProperty("month").GetString()),
            Is.EqualTo(new[] { "2025-01", "2025-02", "2025-03" }));
        Assert.That(troops.GetProperty(SeriesNames.AllRegions)[0].GetProperty("mean").GetDouble(), Is.EqualTo(1300));

        string[] metricsCsv = File.ReadAllText(Path.Combine(output, "metrics.csv")).TrimEnd('\n').Split('\n');
        Assert.That(metricsCsv[0], Is.EqualTo(string.Join(',', MetricsCsv.Columns)));
        Assert.That(metricsCsv.Skip(1).Take(MetricNames.All.Count).Select(l => l.Split(',')[0]), Is.EqualTo(MetricNames.All));
        Assert.That(metricsCsv.Skip(1 + MetricNames.All.Count).Select(l => l.Split(',')[0]), Has.All.StartWith("by_region."));

        string[] seriesCsv = File.ReadAllText(Path.Combine(output, "series.csv")).TrimEnd('\n').Split('\n');
        Assert.That(seriesCsv[0], Is.EqualTo("series,region,month,n,mean,sd,se,p05,p25,p50,p75,p95,min,max"));
        Assert.That(seriesCsv, Has.Some.StartsWith("militia_attacks,anbar,2025-02,50,"));
    }

    [Test]
    public async Task Run_SameSeedDifferentThreads_IdenticalFiles()
    {
        var one = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "40", "--threads", "1", "--out", PathOf("one"));
        var two = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "40", "--threads", "2", "--out", PathOf("two"));

        Assert.That(one.ExitCode, Is.EqualTo(ExitCodes.Ok), one.ToString());
        Assert.That(two.ExitCode, Is.EqualTo(ExitCodes.Ok), two.ToString());
        foreach (string name in new[] { RunOutput.SummaryFileName, RunOutput.MetricsFileName, RunOutput.SeriesFileName })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(PathOf("two"), name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(PathOf("one"), name))), name);
        }
    }

    /// <summary>
    /// Under constant exposure 1, multiplier 1 and no Hawkes term, anbar's daily attacks are Poisson with
    /// mean base_rate, so doubling base_rate doubles the mean total. The tolerance is four standard
    /// errors of the difference, from the runs' own Monte Carlo standard errors (fixed seed).
    /// </summary>
    [Test]
    public async Task Run_SetDoublesBaseRate_MeanMilitiaAttacksDoubles()
    {
        var baseline = await MilitiaAttacksAsync("base", []);
        var doubled = await MilitiaAttacksAsync("doubled", ["--set", "regions.anbar.militia.base_rate=1.0"]);

        double expected = ScenarioYaml.ConstantExposureDays * ScenarioYaml.ConstantExposureBaseRate;
        Assert.That(baseline.Mean, Is.EqualTo(expected).Within(4 * baseline.Se), "baseline mean is days · base_rate");
        double differenceSe = Math.Sqrt((doubled.Se * doubled.Se) + (4 * baseline.Se * baseline.Se));
        Assert.That(doubled.Mean, Is.EqualTo(2 * baseline.Mean).Within(4 * differenceSe));
        Assert.That(doubled.Mean, Is.EqualTo(2 * expected).Within(4 * doubled.Se));
    }

    [Test]
    public async Task Trace_ReplicationK_OneRowPerDayToStdout()
    {
        var outcome = await CliOutcome.InvokeAsync("trace", Scenario, "--replication", "7", "--seed", "5");

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        string[] lines = outcome.Out.TrimEnd('\n').Split('\n');
        Assert.That(lines[0], Is.EqualTo(string.Join(',', TraceCsv.Columns(["anbar", "erbil"]))));
        Assert.That(lines, Has.Length.EqualTo(1 + ScenarioYaml.ConstantExposureDays));
        Assert.That(lines[1], Does.StartWith("2025-01-01,0,1000,300,1300,"));
        Assert.That(lines[^1], Does.StartWith("2025-03-31,89,"));
    }

    [Test]
    public async Task Trace_WithOut_WritesTheSameCsvToTheFile()
    {
        string file = PathOf("trace.csv");

        var toFile = await CliOutcome.InvokeAsync("trace", Scenario, "--replication", "2", "--out", file);
        var toStdout = await CliOutcome.InvokeAsync("trace", Scenario, "--replication", "2");

        Assert.That(toFile.ExitCode, Is.EqualTo(ExitCodes.Ok), toFile.ToString());
        Assert.That(toFile.Out, Is.Empty);
        Assert.That(File.ReadAllText(file), Is.EqualTo(toStdout.Out));
    }

    [Test]
    public async Task Run_CancelledBeforeStart_CancelledExitCodeAndNoFiles()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        string output = PathOf("cancelled");

        var outcome = await CliOutcome.InvokeAsync(cancellation.Token, "run", Scenario, "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Cancelled), outcome.ToString());
        Assert.That(outcome.Error.Trim(), Is.EqualTo("cancelled"));
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public async Task Run_CancelledMidRun_StopsPromptlyCancelledExitCodeAndNoFiles()
    {
        // Ten years, 1,000,000 replications on one thread: 3.65 billion region-days, far more than fit in 250 ms.
        string scenario = ScenarioYaml.Write(DirectoryPath, "long.yaml", ScenarioYaml.LongRun);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(250));
        string output = PathOf("cancelled");
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var run = CliOutcome.InvokeAsync(cancellation.Token, "run", scenario, "--threads", "1", "--out", output);
        bool finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run;

        Assert.That(finished, Is.True, "the run stops within 30 s of starting");
        var outcome = await run;
        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Cancelled), outcome.ToString());
        Assert.That(outcome.Error.Trim(), Is.EqualTo("cancelled"));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "the run stops promptly");
        Assert.That(Directory.Exists(output), Is.False);
    }

    private async Task<SummaryStatistics> MilitiaAttacksAsync(string name, string[] extra)
    {
        string output = PathOf(name);
        var outcome = await CliOutcome.InvokeAsync(
            ["run", Scenario, "--replications", "400", "--seed", "2024", "--out", output, .. extra]);
        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        using var stream = File.OpenRead(Path.Combine(output, RunOutput.SummaryFileName));
        return SummaryJson.Read(stream).Result.Metric(MetricNames.MilitiaAttacksTotal).Statistics;
    }
}
