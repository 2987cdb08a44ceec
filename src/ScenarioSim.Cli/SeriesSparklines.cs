using System.Globalization;
using ScenarioSim.Results;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>
/// Prints one sparkline per key series under the summary table: the monthly means of total troops,
/// militia attacks and ISIS fighters, each scaled from its own minimum to its maximum, with the first
/// and last month's values and the range.
/// </summary>
internal static class SeriesSparklines
{
    private static readonly (string Series, string Label)[] KeySeries =
    [
        (SeriesNames.Troops, "troops"),
        (SeriesNames.MilitiaAttacks, "militia_attacks"),
        (SeriesNames.IsisFighters, "isis_fighters"),
    ];

    /// <summary>Writes the sparklines; nothing when the result has none of the key series.</summary>
    public static void Write(IAnsiConsole console, SimulationResult result)
    {
        var lines = new List<(string Label, IReadOnlyList<SeriesPoint> Points)>();
        foreach (var (series, label) in KeySeries)
        {
            var points = result.Series
                .Where(p => p.Series == series && p.Region == SeriesNames.AllRegions)
                .OrderBy(p => p.Month, StringComparer.Ordinal)
                .ToList();
            if (points.Count > 0)
            {
                lines.Add((label, points));
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        var months = lines[0].Points;
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Monthly means, all regions, {months[0].Month} to {months[^1].Month}:"));
        int width = lines.Max(l => l.Label.Length);
        foreach (var (label, points) in lines)
        {
            var means = points.Select(p => p.Statistics.Mean).ToList();
            var finite = means.Where(double.IsFinite).DefaultIfEmpty(double.NaN).ToList();
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {label.PadRight(width)}  {Sparkline.Render(means)}  {Number(means[0])} → {Number(means[^1])}  (min {Number(finite.Min())}, max {Number(finite.Max())})"));
        }
    }

    private static string Number(double value) =>
        !double.IsFinite(value) ? "-"
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("0.#", CultureInfo.InvariantCulture);
}
