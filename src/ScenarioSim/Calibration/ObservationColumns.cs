using System.Globalization;
using System.Text.Json;
using ScenarioSim.IO;

namespace ScenarioSim.Calibration;

/// <summary>
/// The leading columns that name an observed row in <c>backtest.csv</c>/<c>backtest.json</c> and in
/// <c>calibration.json</c>'s predictive checks: <c>line, series, region, date, end_date, observed</c>, written
/// the same way in each.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ObservationColumns
{
    /// <summary>The column names, in order.</summary>
    public static readonly IReadOnlyList<string> Header = ["line", "series", "region", "date", "end_date", "observed"];

    /// <summary>The CSV cells of <paramref name="row"/>, in <see cref="Header"/> order.</summary>
    public static string[] Cells(Observation row) =>
    [
        CsvCell.Number(row.Line), ObservationFile.SeriesName(row.Series), CsvCell.Text(row.RegionLabel),
        Date(row.First), Date(row.Last), CsvCell.Number(row.Count),
    ];

    /// <summary>Writes <paramref name="row"/>'s fields, in <see cref="Header"/> order, into the open JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Observation row)
    {
        json.WriteNumber("line", row.Line);
        json.WriteString("series", ObservationFile.SeriesName(row.Series));
        json.WriteString("region", row.RegionLabel);
        json.WriteString("date", Date(row.First));
        json.WriteString("end_date", Date(row.Last));
        json.WriteNumber("observed", row.Count);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
