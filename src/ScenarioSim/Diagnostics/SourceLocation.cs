namespace ScenarioSim.Diagnostics;

/// <summary>
/// A position in a source text: a file (or another origin such as <c>--set</c>), a 1-based line and
/// column. A line or column of 0 means the position is not that precise: the problem concerns the whole
/// file, or the whole line.
/// </summary>
/// <param name="File">The file path as the user gave it, or a label for values that came from elsewhere.</param>
/// <param name="Line">1-based line; 0 for the whole file.</param>
/// <param name="Column">1-based column; 0 for the whole line.</param>
public sealed record SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:col</c>, leaving out what is 0: <c>file:line</c> or <c>file</c>.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() =>
        Line <= 0 ? File
        : Column <= 0 ? $"{File}:{Line}"
        : $"{File}:{Line}:{Column}";
}
