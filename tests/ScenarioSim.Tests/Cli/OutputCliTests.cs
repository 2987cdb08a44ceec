using ScenarioSim.Cli;
using ScenarioSim.IO;

namespace ScenarioSim.Tests.Cli;

/// <summary>Output destinations as the console runner checks and writes them: before any computation, locked, replaced whole.</summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class OutputCliTests : ConstantScenarioFixture
{
    [Test]
    public async Task Run_OutIsAFile_RefusedBeforeAnyComputationExitTwo()
    {
        // 1,000,000 ten-year replications: the refusal must come before them (no summary table printed).
        string scenario = ScenarioYaml.Write(DirectoryPath, "long.yaml", ScenarioYaml.LongRun);
        File.WriteAllText(PathOf("taken"), "x");

        var outcome = await CliOutcome.InvokeAsync("run", scenario, "--out", PathOf("taken"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error.Trim(), Is.EqualTo($"error: {PathOf("taken")}: is a file; --out names a directory for this command"));
        Assert.That(outcome.Out, Is.Empty);
    }

    private static readonly object[] BadOutputs =
    [
        new object[] { new[] { "run", "SCENARIO", "--out", "" }, "error: '': the output path is empty" },
        new object[] { new[] { "run", "SCENARIO", "--out", "FILE/sub" }, "error: FILE/sub: 'FILE' is a file, so nothing can be written under it" },
        new object[] { new[] { "run", "SCENARIO", "--report", "FILE/report.html" }, "error: FILE/report.html: 'FILE' is a file, so nothing can be written under it" },
        new object[] { new[] { "trace", "SCENARIO", "--replication", "1", "--out", "DIR" }, "error: DIR: is a directory; name the file to write" },
        new object[] { new[] { "sweep", "SCENARIO", "--param", "regions.anbar.militia.base_rate=0.1:0.2:2", "--out", "FILE" }, "error: FILE: is a file; --out names a directory for this command" },
        new object[] { new[] { "run", "SCENARIO", "--out", "DIR/out", "--report", "DIR/out" }, "error: DIR/out: is the --out directory; name a file for --report, e.g. DIR/out/report.html" },
    ];

    [TestCaseSource(nameof(BadOutputs))]
    public async Task Verb_BadOutputPath_ClearMessageExitTwoNothingWritten(string[] args, string message)
    {
        File.WriteAllText(PathOf("file"), "x");
        Directory.CreateDirectory(PathOf("dir"));
        string Fill(string s) => s.Replace("SCENARIO", Scenario, StringComparison.Ordinal).Replace("FILE", PathOf("file"), StringComparison.Ordinal).Replace("DIR", PathOf("dir"), StringComparison.Ordinal);

        var outcome = await CliOutcome.InvokeAsync([.. args.Select(Fill)]);

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error.Trim(), Is.EqualTo(Fill(message)));
        Assert.That(outcome.Out, Is.Empty);
        Assert.That(Directory.GetFileSystemEntries(PathOf("dir")), Is.Empty);
    }

    [Test]
    public async Task Run_OutHoldsOtherFiles_RefusedAndKept()
    {
        Directory.CreateDirectory(PathOf("mine"));
        File.WriteAllText(Path.Combine(PathOf("mine"), "notes.txt"), "mine");

        var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "20", "--out", PathOf("mine"));

        Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), outcome.ToString());
        Assert.That(outcome.Error, Does.StartWith($"error: {PathOf("mine")}: the directory holds files that are not outputs of scenariosim (notes.txt)"));
        Assert.That(Directory.GetFiles(PathOf("mine")).Select(Path.GetFileName), Is.EqualTo(new[] { "notes.txt" }));
    }

    [Test]
    public async Task Run_AnotherWriterHoldsTheOut_RefusedExitOne()
    {
        using (OutputReservation.ForDirectory(PathOf("busy")))
        {
            var outcome = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "20", "--out", PathOf("busy"));

            Assert.That(outcome.ExitCode, Is.EqualTo(ExitCodes.Failure), outcome.ToString());
            Assert.That(outcome.Error, Does.StartWith($"error: {PathOf("busy")}: another scenariosim process is writing this output"));
            Assert.That(outcome.Out, Is.Empty);
        }
    }

    [Test]
    public async Task Run_ReportInsideOut_OneSetAndALaterRunWithoutReportRemovesIt()
    {
        string output = PathOf("results");

        var first = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "20", "--out", output, "--report", Path.Combine(output, "report.html"));
        var second = await CliOutcome.InvokeAsync("run", Scenario, "--replications", "20", "--out", output);

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Ok), first.ToString());
        Assert.That(first.Out, Does.Contain($"Wrote summary.json, metrics.csv, series.csv, scenario.json and report.html to {output}"));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.Ok), second.ToString());
        Assert.That(
            Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Is.EqualTo(new[] { ".scenariosim-output", "metrics.csv", "scenario.json", "series.csv", "summary.json" }));
    }
}
