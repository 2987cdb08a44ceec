using ScenarioSim.Cli;

namespace ScenarioSim.Tests.Cli;

/// <summary>What one in-process <c>scenariosim</c> invocation returned and printed.</summary>
internal sealed record CliOutcome(int ExitCode, string Out, string Error)
{
    public static async Task<CliOutcome> InvokeAsync(params string[] args) =>
        await InvokeAsync(CancellationToken.None, args);

    public static async Task<CliOutcome> InvokeAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exitCode = await CliApplication.InvokeAsync(args, stdout, stderr, cancellationToken);
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Shown when an assertion on the exit code fails, so the cause is in the test log.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
