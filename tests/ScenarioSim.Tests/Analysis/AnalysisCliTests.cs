using System.Diagnostics;
using System.Text.Json;
using ScenarioSim.Cli;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Analysis;

/// <summary>
/// The analysis verbs end to end on the small constant-exposure scenario (90 days, two regions), with
/// few replications and points so each runs in about a second. Each test prints its run time.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class AnalysisCliTests : ConstantScenarioFixture
{
    [Test]
    public async Task Compare_WithOut_WritesJsonAndCsvWithTheContractFields()
    {
        string doubled = ScenarioYaml.Write(
            DirectoryPath, "doubled.yaml", ScenarioYaml.ConstantExposure.Replace("name: constant-exposure", "name: doubled").Replace("base_rate: 0.5", "base_rate: 1.0"));
        string output = PathOf("compare");

        var outcome = await TimedAsync("compare", Scenario, doubled, Scenario, "--replications", "60", "--seed", "5", "--threads", "2", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("doubled vs constant-exposure").And.Contain("constant-exposure (2) vs constant-exposure"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "compare.json")));
        var root = json.RootElement;
        Assert.That(root.GetProperty("seed").GetUInt64(), Is.EqualTo(5));
        Assert.That(root.GetProperty("replications").GetInt32(), Is.EqualTo(60));
        Assert.That(root.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()),
            Is.EqualTo(new[] { "constant-exposure", "doubled", "constant-exposure (2)" }));
        Assert.That(root.GetProperty("scenarios")[0].GetProperty("sha256").GetString(), Does.Match("^[0-9a-f]{64}$"));
        var differences = root.GetProperty("differences");
        Assert.That(differences.EnumerateArray().Select(d => d.GetProperty("scenario").GetString()), Is.EqualTo(new[] { "doubled", "constant-exposure (2)" }));
        foreach (var entry in differences.EnumerateArray())
        {
            var metrics = entry.GetProperty("metrics");
            Assert.That(metrics.EnumerateObject().Select(p => p.Name), Is.EqualTo(MetricNames.All));
            foreach (var metric in metrics.EnumerateObject())
            {
                foreach (string field in new[] { "mean", "ci95_low", "ci95_high", "variance_reduction", "n_pairs" })
                {
                    Assert.That(metric.Value.TryGetProperty(field, out _), Is.True, $"{metric.Name}.{field}");
                }
            }
        }

        var attacks = differences[0].GetProperty("metrics").GetProperty(MetricNames.MilitiaAttacksTotal);
        Assert.That(attacks.GetProperty("mean").GetDouble(), Is.GreaterThan(0));
        Assert.That(differences[1].GetProperty("metrics").GetProperty(MetricNames.MilitiaAttacksTotal).GetProperty("mean").GetDouble(), Is.Zero);

        string[] csv = File.ReadAllText(Path.Combine(output, "compare.csv")).TrimEnd('\n').Split('\n');
        Assert.That(csv[0], Does.StartWith("scenario,reference,metric,n,"));
        Assert.That(csv, Has.Length.EqualTo(1 + (3 * MetricNames.All.Count)));
    }

    [Test]
    public async Task Compare_OneScenario_UsageErrorExitTwo()
    {
        var outcome = await CliOutcome.InvokeAsync("compare", Scenario);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
    }

    [Test]
    public async Task Sweep_GridWithOut_WritesTidyCsvOneRowPerPointAndMetric()
    {
        string output = PathOf("sweep");

        var outcome = await TimedAsync(
            "sweep", Scenario, "--param", "regions.anbar.militia.base_rate=0.5:1.0:3", "--param", "militia.casualties.p_fatal=0.01:0.05:2",
            "--replications", "40", "--seed", "3", "--threads", "2", "--metric", MetricNames.MilitiaAttacksTotal, "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("6 points (grid)").And.Contain("seed: 3 at every point"));
        string[] csv = File.ReadAllText(Path.Combine(output, "sweep.csv")).TrimEnd('\n').Split('\n');
        Assert.That(
            csv[0],
            Is.EqualTo("point,regions.anbar.militia.base_rate,militia.casualties.p_fatal,metric,n,n_missing,mean,sd,se,p05,p25,p50,p75,p95,min,max,probability,ci95_low,ci95_high"));
        Assert.That(csv, Has.Length.EqualTo(1 + (6 * MetricNames.All.Count)));
        Assert.That(csv.Where(l => l.Contains($",{MetricNames.MilitiaAttacksTotal},", StringComparison.Ordinal)).Select(l => string.Join(',', l.Split(',')[..3])),
            Is.EqualTo(new[] { "0,0.5,0.01", "1,0.5,0.05", "2,0.75,0.01", "3,0.75,0.05", "4,1,0.01", "5,1,0.05" }));
    }

    [Test]
    public async Task Sweep_LatinHypercube_OneRowPerSampledPoint()
    {
        string output = PathOf("lhs");

        var outcome = await TimedAsync(
            "sweep", Scenario, "--lhs", "4", "--param", "regions.anbar.militia.base_rate=0.5:1.0", "--replications", "20", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        var rows = File.ReadAllLines(Path.Combine(output, "sweep.csv")).Skip(1).Where(l => l.Contains(",militia_attacks_total,", StringComparison.Ordinal)).ToList();
        var strata = rows.Select(l => (int)Math.Floor((double.Parse(l.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture) - 0.5) / 0.125)).Order();
        Assert.That(strata, Is.EqualTo(new[] { 0, 1, 2, 3 }), "one point per quarter of the range");
    }

    [Test]
    public async Task Sensitivity_SobolWithOut_WritesIndicesWithTheContractFields()
    {
        string output = PathOf("sobol");

        var outcome = await TimedAsync(
            "sensitivity", Scenario, "--metric", MetricNames.MilitiaAttacksTotal, "--param", "regions.anbar.militia.base_rate=0.2:0.8",
            "--param", "isis.recruitment_rate=0.0005:0.002", "--samples", "16", "--replications", "20", "--bootstrap", "200", "--threads", "2", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        string[] lines = outcome.Out.Split('\n');
        int first = Array.FindIndex(lines, l => l.Contains("regions.anbar.militia.base_rate", StringComparison.Ordinal));
        int second = Array.FindIndex(lines, l => l.Contains("isis.recruitment_rate", StringComparison.Ordinal));
        Assert.That(first, Is.GreaterThan(0).And.LessThan(second), "ranked: the rate first");
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "sensitivity.json")));
        var root = json.RootElement;
        Assert.That(root.GetProperty("metric").GetString(), Is.EqualTo(MetricNames.MilitiaAttacksTotal));
        Assert.That(root.GetProperty("method").GetString(), Is.EqualTo("sobol"));
        Assert.That((root.GetProperty("samples").GetInt32(), root.GetProperty("replications").GetInt32(), root.GetProperty("seed").GetUInt64()), Is.EqualTo((16, 20, 11UL)));
        var indices = root.GetProperty("indices");
        Assert.That(indices.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "regions.anbar.militia.base_rate", "isis.recruitment_rate" }));
        foreach (var index in indices.EnumerateObject())
        {
            foreach (string field in new[] { "S1", "S1_ci95_low", "S1_ci95_high", "ST", "ST_ci95_low", "ST_ci95_high" })
            {
                Assert.That(index.Value.GetProperty(field).ValueKind, Is.EqualTo(JsonValueKind.Number), $"{index.Name}.{field}");
            }
        }

        Assert.That(indices.GetProperty("isis.recruitment_rate").GetProperty("ST").GetDouble(), Is.Zero, "another component's parameter: common random numbers");
    }

    [Test]
    public async Task Sensitivity_MorrisWithOut_WritesEffects()
    {
        string output = PathOf("morris");

        var outcome = await TimedAsync(
            "sensitivity", Scenario, "--method", "morris", "--metric", MetricNames.MilitiaFatalitiesTotal, "--param", "regions.anbar.militia.base_rate=0.2:0.8",
            "--param", "militia.casualties.p_fatal=0.01:0.2", "--samples", "6", "--replications", "20", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "sensitivity.json")));
        var root = json.RootElement;
        Assert.That((root.GetProperty("method").GetString(), root.GetProperty("trajectories").GetInt32(), root.GetProperty("evaluations").GetInt32()), Is.EqualTo(("morris", 6, 18)));
        foreach (var index in root.GetProperty("indices").EnumerateObject())
        {
            Assert.That(index.Value.GetProperty("mu_star").GetDouble(), Is.GreaterThan(0), index.Name);
            Assert.That(index.Value.TryGetProperty("sigma", out _), Is.True);
        }
    }

    [Test]
    public async Task Run_TargetSeWithOut_WritesTheRunFilesAndTheTrace()
    {
        string output = PathOf("convergence");

        var outcome = await TimedAsync(
            "run", Scenario, "--target-se", "militia_attacks_total=0.5", "--replications", "50", "--max-replications", "1000", "--threads", "2", "--out", output);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), outcome.ToString());
        Assert.That(outcome.Out, Does.Contain("Converged: se of militia_attacks_total = "));
        Assert.That(
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { ".scenariosim-output", "convergence.csv", "metrics.csv", "scenario.json", "series.csv", "summary.json" }));
        string[] trace = File.ReadAllText(Path.Combine(output, "convergence.csv")).TrimEnd('\n').Split('\n');
        Assert.That(trace[0], Is.EqualTo("metric,batch,replications,mean,se,target_se"));
        Assert.That(trace[1], Does.StartWith("militia_attacks_total,1,50,"));
        double lastSe = double.Parse(trace[^1].Split(',')[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(lastSe, Is.LessThan(0.5));

        // Poisson(45) totals: sd ≈ 6.7, so se < 0.5 needs about 180 replications: four batches of 50.
        int replications = int.Parse(trace[^1].Split(',')[2], System.Globalization.CultureInfo.InvariantCulture);
        var single = await CliOutcome.InvokeAsync("run", Scenario, "--replications", replications.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", PathOf("single"));
        Assert.That(single.ExitCode, Is.EqualTo(ExitCodes.Ok), single.ToString());
        Assert.That(File.ReadAllBytes(Path.Combine(output, "summary.json")), Is.EqualTo(File.ReadAllBytes(Path.Combine(PathOf("single"), "summary.json"))));
    }

    private static readonly object[] BadParams =
    [
        new object[] { new[] { "sweep", "--param", "regions.anbar.militia.base_rate" }, "--param expects path=lo:hi[:steps]" },
        new object[] { new[] { "sweep", "--param", "regions.anbar.militia.base_rate=1:0.5:3" }, "--param regions.anbar.militia.base_rate: lo must be <= hi, but was 1 > 0.5" },
        new object[] { new[] { "sweep", "--param", "regions.anbar.militia.base_rate=0.5:1" }, "a grid sweep needs steps" },
        new object[] { new[] { "sweep", "--lhs", "3", "--param", "regions.anbar.militia.base_rate=0.5:1:3" }, "with --lhs give path=lo:hi without steps" },
        new object[] { new[] { "sweep", "--param", "regions.anbar.militia.base_rat=0.5:1:2" }, "did you mean 'base_rate'" },
        new object[] { new[] { "sweep", "--param", "regions.anbar.militia.base_rate=-1:1:2" }, "base_rate must be >= 0" },
        new object[] { new[] { "sweep" }, "sweep needs at least one --param" },
        new object[] { new[] { "sweep", "--nolh", "--param", "regions.anbar.militia.base_rate=0.5:1:3" }, "with --nolh give path=lo:hi without steps" },
        new object[] { new[] { "sweep", "--nolh", "--lhs", "3", "--param", "regions.anbar.militia.base_rate=0.5:1" }, "--lhs and --nolh are two designs: choose one." },
        new object[] { new[] { "sweep", "--stack", "2", "--param", "regions.anbar.militia.base_rate=0.5:1:2" }, "--stack stacks nearly orthogonal Latin hypercubes: it needs --nolh." },
        new object[] { new[] { "sweep", "--nolh", "--stack", "0", "--param", "regions.anbar.militia.base_rate=0.5:1" }, "--stack must be a whole number from 1 to 64, but was '0'." },
        new object[] { new[] { "sensitivity", "--metric", "resurgence", "--param", "regions.anbar.militia.base_rate=0.2" }, "--param regions.anbar.militia.base_rate: expected lo:hi" },
        new object[] { new[] { "sensitivity", "--metric", "resurgence", "--param", "regions.anbar.militia.base_rate=0.2:0.5:3" }, "this verb takes path=lo:hi without steps" },
        new object[] { new[] { "sensitivity", "--metric", "resurgenz", "--param", "regions.anbar.militia.base_rate=0.2:0.5" }, "unknown metric 'resurgenz'" },
        new object[] { new[] { "sensitivity", "--metric", "resurgence" }, "sensitivity needs at least one --param" },
        new object[] { new[] { "sensitivity", "--metric", "resurgence", "--method", "sobel", "--param", "a=1:2" }, "--method must be one of sobol, morris, but was 'sobel'" },
        new object[] { new[] { "run", "--target-se", "militia_attacks_total" }, "--target-se expects metric=value" },
        new object[] { new[] { "run", "--max-replications", "10" }, "--max-replications applies only with --target-se" },
    ];

    [TestCaseSource(nameof(BadParams))]
    public async Task Verb_BadParam_ExitTwoWithClearMessage(string[] args, string message)
    {
        var outcome = await CliOutcome.InvokeAsync([args[0], Scenario, .. args[1..]]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain(message));
    }

    /// <summary>Runs the CLI and prints how long it took, for the run-time budget of the test set.</summary>
    internal static async Task<CliOutcome> TimedAsync(params string[] args)
    {
        var clock = Stopwatch.StartNew();
        var outcome = await CliOutcome.InvokeAsync(args);
        await TestContext.Out.WriteLineAsync($"scenariosim {args[0]}: {clock.Elapsed.TotalSeconds:0.00} s");
        return outcome;
    }
}
