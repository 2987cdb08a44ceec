namespace ScenarioSim.Diagnostics;

/// <summary>
/// One problem with a scenario. <see cref="Path"/> names the offending item in the scenario
/// (<c>regions[2].militia.base_rate</c>); <see cref="Message"/> is a complete sentence that names it
/// and says what is allowed; <see cref="Location"/> is where it stands in a file, when known.
/// </summary>
/// <param name="Path">Path of the offending item, e.g. <c>regions[2].militia.base_rate</c>; empty for the whole scenario.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ScenarioDiagnostic(string Path, string Message)
{
    /// <summary>Where the offending item stands in a source file, if it came from one.</summary>
    public SourceLocation? Location { get; init; }

    /// <summary>Formats the diagnostic compiler-style: <c>file:line:col: error: message</c>.</summary>
    public override string ToString() =>
        Location is null ? $"error: {Message}" : $"{Location}: error: {Message}";
}
