using ScenarioSim.Cli;
using ScenarioSim.IO;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

/// <summary>
/// Every verb that writes, with each of its output operations failed in turn (an I/O error), or with the
/// process "killed" at it (that operation and every later one failing, locks let go): the destination then
/// holds the complete old outputs or the complete new ones, never a mix, and the next run leaves exactly
/// the new outputs with nothing beside them (no temporary file, directory or lock). Once more for `run`
/// without the atomic exchange (two renames, as off Linux): killed between them, the destination is
/// missing and the complete old set waits beside it, which the next run puts back before writing.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class OutputSetFaultTests
{
    private const string Rate = "regions.anbar.militia.base_rate";

    private const string MonthlyData = """
        date,end_date,series,region,count
        2025-01-01,2025-01-31,militia_attacks,anbar,14
        2025-02-01,2025-02-28,militia_attacks,anbar,16
        2025-03-01,2025-03-31,militia_attacks,anbar,12
        """;

    private static readonly object[] Verbs =
    [
        new object[] { "run", "dest", true },
        new object[] { "run", "dest", false },
        new object[] { "run-with-report", "dest", true },
        new object[] { "merge", "dest", true },
        new object[] { "compare", "dest", true },
        new object[] { "sweep", "dest", true },
        new object[] { "sensitivity", "dest", true },
        new object[] { "calibrate", "dest", true },
        new object[] { "backtest", "dest", true },
        new object[] { "trace", "trace.csv", true },
        new object[] { "report", "report.html", true },
    ];

    private TemporaryDirectory _directory = null!;
    private string _scenario = null!;

    [OneTimeSetUp]
    public async Task SetUpInputs()
    {
        _directory = new TemporaryDirectory();
        _scenario = ScenarioYaml.Write(_directory.Path, "constant.yaml", ScenarioYaml.ConstantExposure);
        ScenarioYaml.Write(_directory.Path, "doubled.yaml", ScenarioYaml.ConstantExposure.Replace("base_rate: 0.5", "base_rate: 1.0", StringComparison.Ordinal));
        File.WriteAllText(_directory["data.csv"], MonthlyData);
        foreach (string seed in new[] { "1", "2" })
        {
            for (int k = 1; k <= 2; k++)
            {
                await Succeed("run", _scenario, "--replications", "40", "--seed", seed, "--shard", $"{k}/2", "--out", _directory["shards-" + seed]);
            }

            await Succeed("run", _scenario, "--replications", "40", "--seed", seed, "--out", _directory["run-" + seed]);
        }
    }

    [OneTimeTearDown]
    public void DeleteInputs() => _directory.Dispose();

    [TestCaseSource(nameof(Verbs))]
    public async Task Write_EachOperationFailsOrKills_DestinationHoldsOldOrNewSetAndNextRunCleansUp(string verb, string name, bool exchange)
    {
        string parent = _directory["out-" + verb];
        string destination = Path.Combine(parent, name);
        Reset(parent);
        await Succeed(Arguments(verb, destination, "2"));
        var newSet = Snapshot(destination);
        Reset(parent);
        await Succeed(Arguments(verb, destination, "1"));
        var oldSet = Snapshot(destination);
        Assert.That(Same(oldSet, newSet), Is.False, "the two seeds give different outputs");

        var counting = new FaultyOutputFileSystem(failAt: -1, kill: false, exchange);
        using (OutputFileSystem.Use(counting))
        {
            await Succeed(Arguments(verb, destination, "2"));
        }

        Assert.That(counting.Operations, Is.GreaterThanOrEqualTo(4), string.Join("; ", counting.Log));
        foreach (bool kill in new[] { false, true })
        {
            for (int operation = 0; operation < counting.Operations; operation++)
            {
                Restore(parent, destination, oldSet);
                var faulty = new FaultyOutputFileSystem(operation, kill, exchange);
                CliOutcome outcome;
                using (OutputFileSystem.Use(faulty))
                {
                    outcome = await CliOutcome.InvokeAsync(Arguments(verb, destination, "2"));
                }

                string what = $"{verb}, {(kill ? "killed at" : "failure of")} operation {operation} ({counting.Log[operation]}): {outcome}";
                var left = Snapshot(destination);
                if (!exchange && kill && left.Count == 0)
                {
                    // Killed between the two renames: the complete old set waits beside, for the next run to put back.
                    left = Snapshot(Directory.GetDirectories(parent, ".dest.scenariosim-old.*").Single());
                }

                Assert.That(Same(left, oldSet) || Same(left, newSet), Is.True, what);
                Assert.That(outcome.Error, Does.Not.Contain(" at ScenarioSim"), what);
                if (!kill)
                {
                    // A failure while reserving the destination (before any computation) is a bad output path, exit 2.
                    Assert.That(outcome.ExitCode, Same(left, newSet) ? Is.EqualTo(ExitCodes.Ok) : Is.EqualTo(ExitCodes.Failure).Or.EqualTo(ExitCodes.InvalidInput), what);
                }

                var next = await CliOutcome.InvokeAsync(Arguments(verb, destination, "2"));
                Assert.That(next.ExitCode, Is.EqualTo(ExitCodes.Ok), what + "\nnext run: " + next);
                Assert.That(Same(Snapshot(destination), newSet), Is.True, what);
                Assert.That(Directory.GetFileSystemEntries(parent).Select(Path.GetFileName), Is.EqualTo(new[] { name }), what);
            }
        }
    }

    private string[] Arguments(string verb, string destination, string seed) => verb switch
    {
        "run" => ["run", _scenario, "--replications", "30", "--seed", seed, "--out", destination],
        "run-with-report" => ["run", _scenario, "--replications", "30", "--seed", seed, "--out", destination, "--report", Path.Combine(destination, "charts", "report.html")],
        "merge" => ["merge", _directory["shards-" + seed], "--out", destination],
        "compare" => ["compare", _scenario, _directory["doubled.yaml"], "--replications", "30", "--seed", seed, "--out", destination],
        "sweep" => ["sweep", _scenario, "--param", $"{Rate}=0.3:0.5:2", "--replications", "20", "--seed", seed, "--out", destination],
        "sensitivity" => ["sensitivity", _scenario, "--param", $"{Rate}=0.3:0.5", "--metric", "militia_attacks_total", "--samples", "4", "--replications", "10", "--bootstrap", "20", "--seed", seed, "--out", destination],
        "calibrate" => ["calibrate", _scenario, "--data", _directory["data.csv"], "--fit", Rate, "--replications", "20", "--seed", seed, "--out", destination],
        "backtest" => ["backtest", _scenario, "--data", _directory["data.csv"], "--replications", "30", "--seed", seed, "--out", destination],
        "trace" => ["trace", _scenario, "--replication", "3", "--seed", seed, "--out", destination],
        "report" => ["report", _directory["run-" + seed], "--out", destination],
        _ => throw new ArgumentOutOfRangeException(nameof(verb)),
    };

    private static async Task Succeed(params string[] args)
    {
        var outcome = await CliOutcome.InvokeAsync(args);
        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Ok), string.Join(' ', args) + "\n" + outcome);
    }

    private static void Reset(string parent)
    {
        if (Directory.Exists(parent))
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>Puts the old outputs back as they were written, with nothing beside them.</summary>
    private static void Restore(string parent, string destination, Dictionary<string, byte[]> files)
    {
        Reset(parent);
        Directory.CreateDirectory(parent);
        foreach (var (relative, bytes) in files)
        {
            string path = relative.Length == 0 ? destination : Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>Every file of the destination by its path relative to it ("" for a file destination); empty when it does not exist.</summary>
    private static Dictionary<string, byte[]> Snapshot(string destination) =>
        File.Exists(destination) ? new() { [string.Empty] = File.ReadAllBytes(destination) }
        : Directory.Exists(destination)
            ? Directory.GetFiles(destination, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(destination, f), File.ReadAllBytes)
            : [];

    private static bool Same(Dictionary<string, byte[]> a, Dictionary<string, byte[]> b) =>
        a.Count == b.Count && a.All(e => b.TryGetValue(e.Key, out var other) && other.AsSpan().SequenceEqual(e.Value));
}
