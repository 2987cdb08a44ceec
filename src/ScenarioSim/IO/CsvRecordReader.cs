using System.Globalization;
using System.Text;
using CsvHelper;

namespace ScenarioSim.IO;

/// <summary>
/// Reads CSV text (RFC 4180: quoted fields may hold separators, doubled quotes and line breaks) with
/// CsvHelper, skipping blank lines and lines starting with <c>#</c>. Before parsing, characters that
/// some tools treat as line breaks or string ends and others do not (NUL, form feed, vertical tab,
/// U+0085, U+2028, U+2029) are refused with their line and column, so <c>3&lt;NUL&gt;</c> is never
/// read as 3 and no line number shifts. Lines end at LF, CR LF or CR, as CsvHelper counts them.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CsvRecordReader
{
    /// <summary>The records of <paramref name="text"/>, or the problems that stop it being read.</summary>
    public static (IReadOnlyList<CsvRecord> Records, IReadOnlyList<CsvProblem> Problems) Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var problems = RefusedCharacters(text);
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            CommentPrefix = '#',
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = bad => problems.Add(new CsvProblem((int)Math.Min(int.MaxValue, bad.LineNumber), 0, Describe(bad.Reason))),
        };
        var records = new List<CsvRecord>();
        using var reader = CsvReader.Create(Encoding.UTF8.GetBytes(text), options);
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (int k = 0; k < fields.Length; k++)
            {
                fields[k] = reader.GetString(k);
            }

            // An indented comment or a line of spaces is skipped too, as a reader of the file would expect.
            bool blank = fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0]);
            bool comment = fields.Length > 0 && fields[0].TrimStart().StartsWith('#') && !Encoding.UTF8.GetString(reader.RawRecord).TrimStart().StartsWith('"');
            if (!blank && !comment)
            {
                records.Add(new CsvRecord((int)Math.Min(int.MaxValue, reader.LineNumber), fields));
            }
        }

        return (records, problems.OrderBy(p => p.Line).ToList());
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field opened on this line is never closed",
        CsvMalformedReason.TextAfterClosingQuote => "text follows the closing quote of a quoted field; a quote inside a quoted field is written twice (\"\")",
        _ => string.Create(CultureInfo.InvariantCulture, $"the quoting of this record is malformed ({reason})"),
    };

    /// <summary>Every character that is refused, with its line and column (at most one report per line).</summary>
    private static List<CsvProblem> RefusedCharacters(string text)
    {
        var problems = new List<CsvProblem>();
        int line = 1;
        int lineStart = 0;
        int reportedLine = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
            else if (Name(c) is { } name && reportedLine != line)
            {
                reportedLine = line;
                problems.Add(new CsvProblem(line, i - lineStart + 1, $"the file holds {name} here; a CSV file may hold only text, commas, quotes and line breaks (LF or CR LF)"));
            }
        }

        return problems;
    }

    private static string? Name(char c) => c switch
    {
        '\0' => "a NUL character (U+0000)",
        '\f' => "a form feed (U+000C)",
        '\v' => "a vertical tab (U+000B)",
        '\u0085' => "a next-line character (U+0085)",
        '\u2028' => "a line separator (U+2028)",
        '\u2029' => "a paragraph separator (U+2029)",
        _ => null,
    };
}
