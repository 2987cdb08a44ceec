namespace ScenarioSim.Calibration;

/// <summary>A problem with an observed-events file, located by line.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ObservationDiagnostic(string File, int Line, string Message)
{
    /// <summary>Formats the problem compiler-style: <c>file:line: error: message</c>, or <c>file:line:col: error: message</c> when the column is known.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() =>
        Line <= 0 ? $"{File}: error: {Message}"
        : Column > 0 ? $"{File}:{Line}:{Column}: error: {Message}"
        : $"{File}:{Line}: error: {Message}";

    /// <summary>1-based column of the problem within its line; 0 when the problem concerns the whole row.</summary>
    public int Column { get; init; }
}
