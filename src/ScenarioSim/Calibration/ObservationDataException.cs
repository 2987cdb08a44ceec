namespace ScenarioSim.Calibration;

/// <summary>Thrown when observed data cannot be used as asked; lists every problem with its line.</summary>
public sealed class ObservationDataException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="diagnostics">Every problem; at least one.</param>
    public ObservationDataException(IReadOnlyList<ObservationDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ObservationDiagnostic> Diagnostics { get; }
}
