using ScenarioSim.Engine;
using ScenarioSim.IO;

namespace ScenarioSim.Output;

/// <summary>
/// Writes a <see cref="ReplicationTrace"/> as CSV, one row per simulated day: <c>date</c>, <c>day</c>,
/// <c>troops_&lt;region&gt;</c>…, <c>troops_total</c>, <c>escalation_state</c>,
/// <c>militia_attacks_&lt;region&gt;</c>…, <c>militia_fatal_attacks_&lt;region&gt;</c>…,
/// <c>militia_fatalities_&lt;region&gt;</c>…,
/// <c>isis_attacks_&lt;region&gt;</c>…, <c>isis_fighters</c>, <c>drawdown_paused</c> (0/1) and
/// <c>active_events</c> (names joined by <c>;</c>). Invariant culture, <c>\n</c> line endings.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TraceCsv
{
    /// <summary>The header row's columns for a trace over <paramref name="regions"/>.</summary>
    /// <param name="regions">Region ids in trace order.</param>
    /// <returns>The column names, in order.</returns>
    public static IReadOnlyList<string> Columns(IReadOnlyList<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var columns = new List<string>(7 + (5 * regions.Count)) { "date", "day" };
        columns.AddRange(regions.Select(r => "troops_" + r));
        columns.Add("troops_total");
        columns.Add("escalation_state");
        columns.AddRange(regions.Select(r => "militia_attacks_" + r));
        columns.AddRange(regions.Select(r => "militia_fatal_attacks_" + r));
        columns.AddRange(regions.Select(r => "militia_fatalities_" + r));
        columns.AddRange(regions.Select(r => "isis_attacks_" + r));
        columns.Add("isis_fighters");
        columns.Add("drawdown_paused");
        columns.Add("active_events");
        return columns;
    }

    /// <summary>Writes <paramref name="trace"/> as CSV.</summary>
    /// <param name="writer">Receives the text; it is not closed.</param>
    /// <param name="trace">The replication's days.</param>
    public static void Write(TextWriter writer, ReplicationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trace);

        var columns = Columns(trace.Regions);
        CsvCell.WriteRow(writer, [.. columns.Select(CsvCell.Text)]);

        var cells = new List<string>(columns.Count);
        for (int day = 0; day < trace.Days.Count; day++)
        {
            var d = trace.Days[day];
            cells.Clear();
            cells.Add(d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            cells.Add(CsvCell.Number(day));
            double total = 0;
            foreach (double troops in d.Troops)
            {
                cells.Add(CsvCell.Number(troops));
                total += troops;
            }

            cells.Add(CsvCell.Number(total));
            cells.Add(CsvCell.Text(d.EscalationState));
            cells.AddRange(d.MilitiaAttacks.Select(n => CsvCell.Number(n)));
            cells.AddRange(d.MilitiaFatalAttacks.Select(n => CsvCell.Number(n)));
            cells.AddRange(d.MilitiaFatalities.Select(n => CsvCell.Number(n)));
            cells.AddRange(d.IsisAttacks.Select(n => CsvCell.Number(n)));
            cells.Add(CsvCell.Number(d.IsisFighters));
            cells.Add(d.DrawdownPaused ? "1" : "0");
            cells.Add(CsvCell.Text(string.Join(';', d.ActiveEvents)));
            CsvCell.WriteRow(writer, [.. cells]);
        }
    }

    /// <summary>Writes <paramref name="trace"/> as UTF-8 CSV without a byte order mark.</summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    /// <param name="trace">The replication's days.</param>
    public static void Write(Stream stream, ReplicationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = OutputEncoding.CreateWriter(stream);
        Write(writer, trace);
    }
}
