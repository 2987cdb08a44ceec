using System.Globalization;

namespace ScenarioSim.IO;

/// <summary>
/// Formats CSV cells (RFC 4180) the same way on every machine: invariant culture, shortest
/// round-trip doubles, NaN and infinities as an empty cell; (reading is <see cref="CsvRecordReader"/>'s).
/// </summary>
internal static class CsvCell
{
    /// <summary>The line terminator of every CSV file ScenarioSim writes.</summary>
    public const char LineEnd = '\n';

    public static string Text(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0
            ? value
            : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static void WriteRow(TextWriter writer, params ReadOnlySpan<string> cells)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(cells[i]);
        }

        writer.Write(LineEnd);
    }
}
