namespace ScenarioSim.Diagnostics;

/// <summary>Thrown where the caller asked for an exception and a scenario has problems; lists every problem.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception from the full list of problems.</summary>
    /// <param name="diagnostics">Every problem found; at least one.</param>
    public ScenarioValidationException(IReadOnlyList<ScenarioDiagnostic> diagnostics)
        : base(FormatMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ScenarioDiagnostic> Diagnostics { get; }

    private static string FormatMessage(IReadOnlyList<ScenarioDiagnostic> diagnostics) =>
        diagnostics.Count == 1
            ? $"The scenario is invalid: {diagnostics[0]}"
            : $"The scenario has {diagnostics.Count} problems:{Environment.NewLine}" +
              string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString()));
}
