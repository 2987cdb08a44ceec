namespace ScenarioSim.Diagnostics;

/// <summary>
/// One problem with the input: a scenario, an override file, an observed-data file or the partial
/// results handed to a merge. <see cref="Message"/> is a complete sentence that names the offending item
/// and says what is allowed; <see cref="Path"/> names the item inside a scenario
/// (<c>regions[2].militia.base_rate</c>) where there is one; <see cref="Location"/> is where it stands
/// in a file, when known.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Path">Path of the offending item in the scenario, e.g. <c>regions[2].militia.base_rate</c>; empty for the whole input or for a data-file row.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record Diagnostic(string Path, string Message)
{
    /// <summary>Where the offending item stands in a source file, if it came from one.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Whether the problem stops the work (the default) or is only reported.</summary>
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Error;

    /// <summary>Formats the diagnostic compiler-style: <c>file:line:col: error: message</c>, or <c>error: message</c> when it has no location.</summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString() =>
        Location is null ? $"{Label}: {Message}" : $"{Location}: {Label}: {Message}";

    /// <summary>A problem at a line (and column, when known) of a data file, which has no scenario path.</summary>
    /// <param name="file">The file as the user named it.</param>
    /// <param name="line">1-based line; 0 when the problem concerns the whole file.</param>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="column">1-based column; 0 when the problem concerns the whole line.</param>
    /// <returns>The diagnostic, located at <c>file:line:col</c>.</returns>
    internal static Diagnostic InFile(string file, int line, string message, int column = 0) =>
        new(string.Empty, message) { Location = new SourceLocation(file, line, column) };

    private string Label => Severity == DiagnosticSeverity.Warning ? "warning" : "error";
}
