using System.Globalization;
using ScenarioSim.IO;

namespace ScenarioSim.Calibration;

/// <summary>
/// The leading columns that name an observed row in <c>backtest.csv</c> and <c>fit.csv</c>:
/// <c>line, series, region, date, end_date, observed</c>, written the same way in each (and in the JSON files'
/// rows by <see cref="ObservedRowJson"/>).
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

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
