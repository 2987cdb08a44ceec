using System.Diagnostics;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// The engine steps eight replications per block, at the widest vector width the machine accelerates:
/// one 512-bit register, two 256-bit halves or four 128-bit quarters (SSE4, AdvSimd). It uses only
/// element-wise IEEE operations (no fused multiply-add; its own exp), so the results must be identical
/// to the byte on every path. The runtime's own switches turn instruction sets off in a child process
/// to check each path on this machine: no AVX-512; 128-bit vectors (as on ARM64); no AVX2, which in
/// .NET 10 also turns off FMA; no AVX at all. <see cref="BlockWidthTests"/> runs every width in process.
/// </summary>
[Category("EndToEnd")]
public class VectorFallbackTests
{
    private const string Scenario = """
        name: fallback
        start: 2025-01-01
        end: 2026-06-30
        regions:
          - id: baghdad
            militia: { base_rate: 0.3 }
            isis: { activity_share: 0.3 }
          - id: anbar
            militia: { base_rate: 0.5, exposure_elasticity: 0.8 }
            isis: { activity_share: 0.4, governance_gap: 1.5 }
        forces:
          - contingent: us
            region: baghdad
            schedule: [{ date: 2025-01-01, troops: 1200 }, { date: 2025-09-30, troops: 0 }]
            slip_days: { dist: triangular, min: 0, mode: 30, max: 120 }
          - contingent: us
            region: anbar
            interpolation: step
            schedule: [{ date: 2025-01-01, troops: 900 }, { date: 2025-06-30, troops: 300 }]
        escalation:
          initial: tension
          states:
            calm: { mean_duration_days: 120, next: { tension: 1 }, militia_multiplier: 0.2 }
            tension: { mean_duration_days: 60, next: { calm: 0.5, conflict: 0.5 } }
            conflict: { mean_duration_days: 30, next: { tension: 1 }, militia_multiplier: 12 }
        militia:
          casualties: { p_fatal: 0.05, extra_deaths_mean: 1.5 }
          hawkes: { alpha: 0.15, decay_days: 5 }
        isis:
          initial_fighters: 4000
          recruitment_rate: 0.002
        events:
          - name: surge
            window: { from: 2025-03-01, to: 2025-12-31 }
            probability: 0.6
            effects:
              - { target: militia.base_rate, multiply: 3, duration_days: 60 }
              - { target: isis.fighters, add: 800 }
              - { target: escalation, set_state: conflict }
        policies:
          pause_drawdown: { when_militia_attacks_30d_above: 40, pause_days: 45 }
        """;

    private static readonly string[][] Environments =
    [
        ["DOTNET_EnableAVX512=0"],
        ["DOTNET_PreferredVectorBitWidth=128"],
        ["DOTNET_EnableAVX2=0"],
        ["DOTNET_EnableAVX=0"],
    ];

    [TestCaseSource(nameof(Environments))]
    public void Run_EveryVectorPath_SameBytesAsNative(string[] environment)
    {
        string dir = Path.Combine(Path.GetTempPath(), "scenariosim-fallback-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string file = Path.Combine(dir, "fallback.yaml");
            File.WriteAllText(file, Scenario);

            string native = RunCli(file, Path.Combine(dir, "native"), []);
            string fallback = RunCli(file, Path.Combine(dir, "fallback"), environment);

            Assert.That(fallback, Is.EqualTo(native));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string RunCli(string scenario, string outDir, string[] environment)
    {
        string cli = Path.Combine(TestContext.CurrentContext.TestDirectory, "scenariosim.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in new[] { cli, "run", scenario, "--replications", "203", "--seed", "11", "--out", outDir })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (string variable in environment)
        {
            var parts = variable.Split('=', 2);
            start.Environment[parts[0]] = parts[1];
        }

        using var process = Process.Start(start)!;
        string stderr = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.That(process.ExitCode, Is.Zero, stderr);
        return File.ReadAllText(Path.Combine(outDir, "summary.json")) + File.ReadAllText(Path.Combine(outDir, "series.csv"));
    }
}
