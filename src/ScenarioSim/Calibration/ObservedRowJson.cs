using System.Text.Json.Serialization;

namespace ScenarioSim.Calibration;

/// <summary>
/// The leading fields that name an observed row in <c>backtest.json</c>'s rows and <c>calibration.json</c>'s
/// predictive checks, in the order of <see cref="ObservationColumns.Header"/>: <c>line, series, region, date,
/// end_date, observed</c>. A file's row record derives from it; the order puts these fields before the row's own.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal abstract record ObservedRowJson
{
    /// <summary>The fields of <paramref name="row"/>.</summary>
    protected ObservedRowJson(Observation row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Line = row.Line;
        Series = ObservationFile.SeriesName(row.Series);
        Region = row.RegionLabel;
        Date = row.First;
        EndDate = row.Last;
        Observed = row.Count;
    }

    /// <summary>The row's line in its file.</summary>
    [JsonPropertyOrder(-1)]
    public int Line { get; }

    /// <summary>The series' name, <c>militia_attacks</c> or <c>isis_attacks</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Series { get; }

    /// <summary>The region column as written.</summary>
    [JsonPropertyOrder(-1)]
    public string Region { get; }

    /// <summary>The first day of the row's period.</summary>
    [JsonPropertyOrder(-1)]
    public DateOnly Date { get; }

    /// <summary>The last day of the row's period.</summary>
    [JsonPropertyOrder(-1)]
    public DateOnly EndDate { get; }

    /// <summary>The observed count.</summary>
    [JsonPropertyOrder(-1)]
    public long Observed { get; }
}
