namespace ScenarioSim.Calibration;

/// <summary>The outcome of reading an observed-events file: the rows, or every problem found.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ObservationReadResult
{
    internal ObservationReadResult(ObservationSet? value, IReadOnlyList<ObservationDiagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>The rows; <see langword="null"/> when <see cref="Succeeded"/> is false.</summary>
    public ObservationSet? Value { get; }

    /// <summary>Every problem, in line order.</summary>
    public IReadOnlyList<ObservationDiagnostic> Diagnostics { get; }

    /// <summary>True when the file was read without problems.</summary>
    public bool Succeeded => Value is not null && Diagnostics.Count == 0;

    /// <summary>Returns the rows or throws <see cref="ObservationDataException"/> listing every problem.</summary>
    /// <returns>The rows.</returns>
    public ObservationSet GetValueOrThrow() => Succeeded ? Value! : throw new ObservationDataException(Diagnostics);
}
