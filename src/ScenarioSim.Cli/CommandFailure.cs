using ScenarioSim.Diagnostics;
using ScenarioSim.Output;

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
            case ScenarioValidationException invalid:
                WriteDiagnostics(environment.Error, invalid.Diagnostics);
                return ExitCodes.InvalidInput;
            case Calibration.ObservationDataException data:
                WriteDiagnostics(environment.Error, data.Diagnostics);
                return ExitCodes.InvalidInput;
            default:
                environment.Error.WriteLine(environment.ShowsStackTraces
                    ? $"error: {exception}"
                    : $"error: {OneLine(exception.Message)} (set {CliEnvironment.DebugVariable}=1 for details)");
                return ExitCodes.Failure;
        }
    }

    /// <summary>Prints each diagnostic compiler-style, <c>file:line:col: error: message</c>, one per line.</summary>
    public static void WriteDiagnostics(TextWriter error, IEnumerable<ScenarioDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Prints each data problem compiler-style, <c>file:line: error: message</c>, one per line.</summary>
    public static void WriteDiagnostics(TextWriter error, IEnumerable<Calibration.ObservationDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }

    private static string OneLine(string message) =>
        message.ReplaceLineEndings(" ").Trim();
}
