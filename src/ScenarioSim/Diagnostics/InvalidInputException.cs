namespace ScenarioSim.Diagnostics;

/// <summary>
/// Thrown where the caller asked for an exception and the input has problems: a scenario that does not
/// validate, an observed-data file that does not fit it, or partial results that are not one run. Lists
/// every problem.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception from the full list of problems.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    public InvalidInputException(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
}
