namespace ScenarioSim.Diagnostics;

/// <summary>A position in a source text: a file (or another origin such as <c>--set</c>), a 1-based line and column.</summary>
/// <param name="File">The file path as the user gave it, or a label for values that came from elsewhere.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:col</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}";
}
