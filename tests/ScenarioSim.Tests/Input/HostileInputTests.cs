using System.Diagnostics;
using ScenarioSim.Input;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Input;

/// <summary>
/// One test per class of hostile input (issue 15): each is refused at once with a located message and
/// exit code 2, instead of crashing the process, reading forever or exhausting memory.
/// </summary>
public class HostileInputTests
{
    private const string Minimal = """
        name: t
        start: 2024-01-01
        end: 2024-03-31
        regions:
          - id: a
            militia: { base_rate: 0.01, exposure_ref: 1000, exposure_elasticity: 0.5 }
        forces:
          - contingent: us
            region: a
            schedule: [ { date: 2024-01-01, troops: 100 } ]
        """;

    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    [TestCase(true, 70)]
    [TestCase(false, 259)]
    public void Load_FlowCollectionNested50000Deep_LocatedDepthErrorNoStackOverflow(bool list, int column)
    {
        string nested = list
            ? new string('[', 50_000) + "1" + new string(']', 50_000)
            : string.Concat(Enumerable.Repeat("{a: ", 50_000)) + "1" + new string('}', 50_000);

        var result = ScenarioLoader.LoadString("name: " + nested + "\n", "deep.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            $"deep.yaml:1:{column}: error: lists and mappings are nested more than 64 deep here; a scenario needs about 6 levels",
        }));
    }

    [Test]
    public void Load_AliasBombSplitAcrossExtends_RefusedByTheSharedNodeBudget()
    {
        // Each file alone expands to 100,000 nodes x 6 = 600,000 (under the limit of 1,000,000); merged,
        // the two bombs under the same key would be expanded together.
        static string Bomb(string key) =>
            $"{key}:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n" +
            string.Concat(Enumerable.Range(1, 4).Select(i => $"  l{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))}]\n")) +
            $"  b: [{string.Join(", ", Enumerable.Repeat("*l4", 6))}]\n";
        File.WriteAllText(_directory["parent.yaml"], Minimal + "\n" + Bomb("report"));
        File.WriteAllText(_directory["child.yaml"], "extends: parent.yaml\n" + Bomb("report"));

        var result = ScenarioLoader.LoadFile(_directory["child.yaml"]);

        Assert.That(result.Diagnostics, Has.Count.EqualTo(1));
        Assert.That(result.Diagnostics[0].Message, Does.StartWith("the scenario expands to more than 1,000,000 YAML nodes once its aliases (*name) are replaced"));
        Assert.That(result.Diagnostics[0].Location!.File, Does.EndWith("parent.yaml"));
    }

    [Test]
    public void Load_AliasBombInOneFile_RefusedAtTheAliasThatPassesTheLimit()
    {
        string yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));

        var result = ScenarioLoader.LoadString(yaml, "bomb.yaml");

        Assert.That(result.Diagnostics.Single().ToString(), Does.StartWith("bomb.yaml:6:45:").And.Contains("more than 1,000,000 YAML nodes"));
    }

    private static readonly string[] SpecialFiles = ["/dev/zero", "/dev/urandom"];

    [TestCaseSource(nameof(SpecialFiles))]
    public async Task Validate_DeviceAsScenario_RefusedWithoutReading(string device)
    {
        Assume.That(File.Exists(device), $"{device} exists on this system");

        var outcome = await CliOutcome.InvokeAsync("validate", device);

        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.ToString());
        Assert.That(outcome.Error, Is.EqualTo($"error: cannot read scenario file '{device}': it is not a regular file (a device, pipe or socket); give a file on disk\n"));
    }

    [Test]
    public async Task EveryInputFile_FifoOrDevZero_RefusedWithoutBlockingOrReading()
    {
        Assume.That(OperatingSystem.IsLinux(), "FIFOs are made with mkfifo");
        string fifo = _directory["pipe"];
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        string scenario = _directory["s.yaml"];
        File.WriteAllText(scenario, Minimal);
        File.WriteAllText(_directory["child.yaml"], "extends: pipe\n");

        var asScenario = await CliOutcome.InvokeAsync("validate", fifo);
        var asParent = await CliOutcome.InvokeAsync("validate", _directory["child.yaml"]);
        var asSetFile = await CliOutcome.InvokeAsync("validate", scenario, "--set-file", "/dev/zero");
        var asData = await CliOutcome.InvokeAsync("backtest", scenario, "--data", fifo, "--replications", "10");

        Assert.Multiple(() =>
        {
            foreach (var outcome in new[] { asScenario, asParent, asSetFile, asData })
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.ToString());
                Assert.That(outcome.Error, Does.Contain("it is not a regular file (a device, pipe or socket)"), outcome.ToString());
            }

            Assert.That(asParent.Error, Does.StartWith($"{_directory["child.yaml"]}:1:10: error: cannot read extended scenario file"));
            Assert.That(asSetFile.Error, Does.StartWith("/dev/zero:1:1: error: cannot read the override file '/dev/zero'"));
        });
    }

    [Test]
    public void Load_FileLargerThanTheLimit_RefusedWithTheLimit()
    {
        string path = _directory["huge.yaml"];
        using (var stream = File.Create(path))
        {
            stream.SetLength(InputLimits.MaxYamlFileBytes + 1);
        }

        var result = ScenarioLoader.LoadFile(path);

        Assert.That(result.Diagnostics.Single().Message, Is.EqualTo($"cannot read scenario file '{path}': it is larger than the limit of 16 MiB"));
    }

    private static readonly TestCaseData[] BadDistributionCases =
    [
        new TestCaseData("{ dist: beta, alpha: .nan, beta: 1 }", "5:33: error: militia.hawkes.alpha.alpha must be a finite number, but was NaN"),
        new TestCaseData("{ dist: beta, alpha: -1, beta: 1 }", "5:33: error: militia.hawkes.alpha.alpha must be > 0, but was -1"),
        new TestCaseData("{ dist: beta, alpha: 1, beta: 0 }", "5:42: error: militia.hawkes.alpha.beta must be > 0, but was 0"),
        new TestCaseData("{ dist: lognormal, mu: .inf, sigma: 1 }", "5:35: error: militia.hawkes.alpha.mu must be a finite number, but was Infinity"),
        new TestCaseData("{ dist: lognormal, mu: 0, sigma: -1 }", "5:45: error: militia.hawkes.alpha.sigma must be > 0, but was -1"),
        new TestCaseData("{ dist: normal, mean: 0.01, sd: .nan }", "5:44: error: militia.hawkes.alpha.sd must be a finite number, but was NaN"),
    ];

    [TestCaseSource(nameof(BadDistributionCases))]
    public async Task Validate_InvalidDistributionParameter_LocatedErrorNamingTheKeyExit2(string distribution, string expected)
    {
        string path = _directory["d.yaml"];
        File.WriteAllText(path, Minimal.Replace("name: t", $"name: t\nmilitia:\n  hawkes:\n    decay_days: 10\n    alpha: {distribution}", StringComparison.Ordinal));

        var outcome = await CliOutcome.InvokeAsync("validate", path);

        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.ToString());
        Assert.That(outcome.Error, Is.EqualTo($"{path}:{expected}\n"));
    }

    [Test]
    public async Task Validate_TenThousandForcesNamingUnknownRegions_TenShownThenSummarisedAndIdsCapped()
    {
        var yaml = new System.Text.StringBuilder("name: t\nstart: 2024-01-01\nend: 2024-01-31\nregions:\n");
        for (int r = 0; r < 1000; r++)
        {
            yaml.Append($"  - id: r{r}\n");
        }

        yaml.Append("forces:\n");
        for (int f = 0; f < InputLimits.MaxForces; f++)
        {
            yaml.Append($"  - {{ contingent: c{f}, region: nowhere{f}, schedule: [ {{ date: 2024-01-01, troops: 1 }} ] }}\n");
        }

        string path = _directory["many.yaml"];
        File.WriteAllText(path, yaml.ToString());

        var outcome = await CliOutcome.InvokeAsync("validate", path);

        string[] lines = outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.ToString());
        Assert.That(lines, Has.Length.EqualTo(11));
        Assert.That(lines[0], Is.EqualTo($"{path}:1006:31: error: forces[0].region 'nowhere0' is not a region id (the regions are 'r0', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10', 'r11', 'r12', 'r13', 'r14', 'r15', 'r16', 'r17', 'r18', 'r19', … and 980 more)"));
        Assert.That(lines[10], Does.StartWith("error: … and 9,990 more like this: forces[10].region 'nowhere10' is not a region id"));
    }

    [Test]
    public void Validate_MoreRegionsThanTheLimit_OneMessageNothingElseChecked()
    {
        var yaml = new System.Text.StringBuilder("name: t\nstart: 2024-01-01\nend: 2024-01-31\nregions:\n");
        for (int r = 0; r <= InputLimits.MaxRegions; r++)
        {
            yaml.Append($"  - id: r{r}\n    militia: {{ base_rate: {{ dist: uniform, min: 0, max: 1 }} }}\n");
        }

        var result = ScenarioLoader.LoadString(yaml.ToString(), "big.yaml");

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EquivalentTo(new[]
        {
            "big.yaml:1:1: error: the scenario has 1,001 parameters given as distributions, but at most 1,000 are allowed (an input limit, see docs/scenario-format.md); nothing else was checked",
            "big.yaml:5:3: error: regions has 1,001 regions, but at most 1,000 are allowed (an input limit, see docs/scenario-format.md); nothing else was checked",
        }));
    }

    [Test]
    public void Validate_ThousandRegionsWithUncertainBaseRates_Valid()
    {
        // Was quadratic: each uncertain parameter validated the whole scenario twice. Now each one is
        // checked on its own region (a regression here shows as a test run minutes long).
        var yaml = new System.Text.StringBuilder("name: t\nstart: 2024-01-01\nend: 2024-01-31\nregions:\n");
        for (int r = 0; r < InputLimits.MaxRegions; r++)
        {
            yaml.Append($"  - id: r{r}\n    militia: {{ base_rate: {{ dist: uniform, min: 0.001, max: 0.02 }} }}\n");
        }

        var result = ScenarioLoader.LoadString(yaml.ToString(), "wide.yaml");

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Value!.Uncertainties, Has.Count.EqualTo(InputLimits.MaxRegions));
    }

    [Test]
    public void Validate_UncertainParameterOutOfRangeInRegion7_MessageNamesRegion7()
    {
        string yaml = "name: t\nstart: 2024-01-01\nend: 2024-01-31\nregions:\n" +
            string.Concat(Enumerable.Range(0, 8).Select(r => $"  - id: r{r}\n    militia: {{ base_rate: {(r == 7 ? "{ dist: uniform, min: -1, max: 1 }" : "0.01")} }}\n"));

        var result = ScenarioLoader.LoadString(yaml, "s.yaml");

        Assert.That(result.Diagnostics.Single().ToString(), Is.EqualTo(
            "s.yaml:20:27: error: regions[7].militia.base_rate is drawn from a uniform distribution that reaches -1, where regions[7].militia.base_rate must be >= 0, but was -1"));
    }

    private static readonly string[][] OversizedRequests =
    [
        ["sweep", "{0}", "--param", "regions.a.militia.base_rate=0:1:100000", "--param", "militia.casualties.p_fatal=0:1:100000"],
        ["sweep", "{0}", "--param", "regions.a.militia.base_rate=0:1", "--lhs", "2000000000"],
        ["sensitivity", "{0}", "--param", "regions.a.militia.base_rate=0:1", "--metric", "any_fatality", "--samples", "1000000000"],
        ["run", "{0}", "--replications", "2000000000"],
        ["compare", "{0}", "{0}", "--replications", "20000000"],
    ];

    [TestCaseSource(nameof(OversizedRequests))]
    public async Task OversizedRequest_RefusedBeforeAnyWorkExit2(string[] template)
    {
        string path = _directory["s.yaml"];
        File.WriteAllText(path, Minimal);
        // Whole-process count: the awaited command may resume on another thread, whose own counter says
        // nothing about this request (tests here do not run in parallel).
        long before = GC.GetTotalAllocatedBytes(precise: true);

        var outcome = await CliOutcome.InvokeAsync(template.Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, a, path)).ToArray());

        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.ToString());
        Assert.That(outcome.Error, Does.Contain("an input limit, see docs/scenario-format.md"), outcome.ToString());
        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(256L * 1024 * 1024), "refused before allocating the design or the run");
    }
}
