using ScenarioSim.Diagnostics;
using ScenarioSim.IO;

namespace ScenarioSim.Cli;

/// <summary>Turns what went wrong in a verb into a message on standard error and an exit code.</summary>
internal static class CommandFailure
{
    /// <summary>Reports <paramref name="exception"/> and returns the exit code it maps to.</summary>
    public static int Report(CliEnvironment environment, Exception exception, CancellationToken cancellationToken)
    {
        switch (exception)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                environment.Error.WriteLine("cancelled");
                return ExitCodes.Cancelled;
            case OutputPathException invalid:
                environment.Error.WriteLine($"error: {OneLine(invalid.Message)}");
                return ExitCodes.InvalidInput;
            case OutputBusyException busy:
                environment.Error.WriteLine($"error: {OneLine(busy.Message)}");
                return ExitCodes.Failure;
            case InvalidInputException invalid:
                WriteDiagnostics(environment.Error, invalid.Diagnostics);
                return ExitCodes.InvalidInput;
            default:
                environment.Error.WriteLine(environment.ShowsStackTraces
                    ? $"error: {exception}"
                    : $"error: {OneLine(exception.Message)} (set {CliEnvironment.DebugVariable}=1 for details)");
                return ExitCodes.Failure;
        }
    }

    /// <summary>
    /// Prints each diagnostic compiler-style, <c>file:line:col: error: message</c>, one per line; many
    /// of one kind are summarised (<see cref="DiagnosticDigest"/>).
    /// </summary>
    public static void WriteDiagnostics(TextWriter error, IEnumerable<Diagnostic> diagnostics) =>
        DiagnosticDigest.Write(error, diagnostics.Select(d => (d.ToString(), d.Message)));

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
