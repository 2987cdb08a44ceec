using System.Diagnostics;
using System.Runtime.InteropServices;
using ScenarioSim.Cli;
using ScenarioSim.Tests.Output;

namespace ScenarioSim.Tests.Cli;

/// <summary>
/// The real <c>scenariosim</c> process sent SIGTERM while it computes: it exits with
/// <see cref="ExitCodes.Cancelled"/> and leaves nothing in or beside its destinations; SIGINT (Ctrl+C) the same.
/// A process started with SIGINT ignored keeps ignoring it (the POSIX convention for background jobs:
/// a non-interactive shell starts <c>cmd &amp;</c> so, and the .NET runtime keeps an inherited SIG_IGN for
/// SIGINT and SIGQUIT), and a test host started from such a job passes that on to its children; so the
/// SIGINT test starts the child through <c>env --default-signal=INT</c> (GNU coreutils), which restores the
/// default first, and checks in <c>/proc</c> that the child does listen for it.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Platform(Include = "Linux,MacOsX")]
public sealed class SignalTests
{
    private const int SigInt = 2;

    private const int SigTerm = 15;

    private static readonly object[] Cases =
    [
        new object[] { SigTerm, new[] { "run", "LONG", "--threads", "1", "--out", "OUT/run", "--report", "OUT/report.html" } },
        new object[] { SigTerm, new[] { "run", "LONG", "--threads", "1", "--out", "OUT/run" } },
        new object[] { SigTerm, new[] { "sweep", "LONG", "--param", "regions.anbar.militia.base_rate=0.1:0.5:50", "--replications", "20000", "--threads", "1", "--out", "OUT/sweep" } },
        new object[] { SigTerm, new[] { "run", "LONG", "--threads", "1", "--shard", "1/2", "--out", "OUT" } },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Verb_SignalWhileComputing_ExitsCancelledLeavingNothing(int signal, string[] args) =>
        SignalWhileComputing(signal, args, []);

    [Test]
    [Platform(Include = "Linux")]
    public void Run_SigIntWhileComputing_ExitsCancelledLeavingNothing() =>
        SignalWhileComputing(SigInt, ["run", "LONG", "--threads", "1", "--out", "OUT/run", "--report", "OUT/report.html"], ["env", "--default-signal=INT"]);

    private static void SignalWhileComputing(int signal, string[] args, string[] launcher)
    {
        using var directory = new TemporaryDirectory();
        string scenario = ScenarioYaml.Write(directory.Path, "long.yaml", ScenarioYaml.LongRun);
        string output = directory["out"];
        Directory.CreateDirectory(output);
        var start = new ProcessStartInfo(launcher.Length > 0 ? launcher[0] : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in launcher.Skip(1).Append("dotnet").Skip(launcher.Length > 0 ? 0 : 1))
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "scenariosim.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg.Replace("LONG", scenario, StringComparison.Ordinal).Replace("OUT", output, StringComparison.Ordinal));
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();

        // Until the verb has reserved its outputs (a lock file appears), then a second into the computation.
        var clock = Stopwatch.StartNew();
        while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(30) && !Directory.EnumerateFileSystemEntries(output, "*.lock", SearchOption.AllDirectories).Any())
        {
            Thread.Sleep(50);
        }

        Thread.Sleep(TimeSpan.FromSeconds(1));
        Assert.That(process.HasExited, Is.False, "the work takes longer than the wait");
        Assert.That(Listens(process.Id, signal), Is.True, "the process catches the signal (SigCgt in /proc/PID/status)");
        Assert.That(Kill(process.Id, signal), Is.Zero);
        clock.Restart();
        bool exited = process.WaitForExit(TimeSpan.FromSeconds(20));
        TestContext.Out.WriteLine($"stopped {clock.Elapsed.TotalSeconds:0.00} s after the signal");

        Assert.That(exited, Is.True, "the process stops after the signal");
        Assert.That(process.ExitCode, Is.EqualTo(ExitCodes.Cancelled), $"stdout: {stdout.Result}\nstderr: {stderr.Result}");
        Assert.That(stderr.Result.Trim(), Is.EqualTo("cancelled"));
        Assert.That(Directory.GetFileSystemEntries(output), Is.Empty, "no output, temporary, lock or directory left");
    }

    /// <summary>True when the process has a handler for <paramref name="signal"/>; true as well where there is no /proc to ask (macOS).</summary>
    private static bool Listens(int pid, int signal)
    {
        string status = $"/proc/{pid}/status";
        if (!File.Exists(status))
        {
            return true;
        }

        string caught = File.ReadLines(status).Single(l => l.StartsWith("SigCgt:", StringComparison.Ordinal))["SigCgt:".Length..].Trim();
        return ((Convert.ToUInt64(caught, 16) >> (signal - 1)) & 1) == 1;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
