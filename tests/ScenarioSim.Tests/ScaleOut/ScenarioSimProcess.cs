using System.Diagnostics;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>
/// Runs the built <c>scenariosim</c> as a real process: <c>dotnet scenariosim.dll</c>, which the test
/// project's reference to the CLI copies beside the test assembly.
/// </summary>
internal static class ScenarioSimProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "scenariosim.dll");

    /// <summary>The dotnet host running the tests (the SDK sets DOTNET_HOST_PATH for child processes), else the one on PATH.</summary>
    private static string Host =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static async Task<CliOutcome> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Host} {Dll}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scenariosim {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        return new CliOutcome(process.ExitCode, await stdout, await stderr);
    }
}
