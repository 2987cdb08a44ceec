namespace ScenarioSim.Calibration;

/// <summary>The rows of an observed-events file, checked against one scenario.</summary>
/// <param name="File">The file the rows came from, as the user named it.</param>
/// <param name="Rows">The rows in file order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record ObservationSet(string File, IReadOnlyList<Observation> Rows)
{
    /// <summary>The rows of one series, in file order.</summary>
    /// <param name="series">The series.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<Observation> Of(ObservedSeries series) => Rows.Where(r => r.Series == series).ToArray();
}
