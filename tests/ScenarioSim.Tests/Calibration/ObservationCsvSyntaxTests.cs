using ScenarioSim.Calibration;

namespace ScenarioSim.Tests.Calibration;

/// <summary>
/// The CSV syntax of observed-events files (issue 15): RFC 4180 quoting with line breaks inside quotes
/// is accepted with the right line numbers, characters that readers disagree on are refused at their
/// line and column, and counts too large for the arithmetic are refused with their line.
/// </summary>
[TestFixture]
public sealed class ObservationCsvSyntaxTests
{
    private const string Header = "date,series,region,count\n";

    private const string NoteHeader = "date,series,region,count,note\n";

    private static readonly ScenarioSim.Model.Scenario Scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);

    private static readonly object[] RefusedCharacters =
    [
        new object[] { Header + "2025-01-01,militia_attacks,a,3\0\n", "data.csv:2:31: error: the file holds a NUL character (U+0000) here; a CSV file may hold only text, commas, quotes and line breaks (LF or CR LF)" },
        new object[] { NoteHeader + "2025-01-01,militia_attacks,a,1,\"x\u2028y\"\n", "data.csv:2:34: error: the file holds a line separator (U+2028) here; a CSV file may hold only text, commas, quotes and line breaks (LF or CR LF)" },
        new object[] { Header + "2025-01-01,militia_attacks,a,1\n2025-01-02,militia_attacks,a,1\u0085\n", "data.csv:3:31: error: the file holds a next-line character (U+0085) here; a CSV file may hold only text, commas, quotes and line breaks (LF or CR LF)" },
        new object[] { Header + "\f2025-01-01,militia_attacks,a,1\n", "data.csv:2:1: error: the file holds a form feed (U+000C) here; a CSV file may hold only text, commas, quotes and line breaks (LF or CR LF)" },
    ];

    [Test]
    public void Parse_QuotedFieldWithLineBreaks_AcceptedAndLaterLinesNumberedAsInTheFile()
    {
        string text = NoteHeader + "2025-01-01,militia_attacks,a,3,\"two\nline note, with \"\"quotes\"\"\"\n2025-01-02,militia_attacks,a,oops,\n";

        var result = ObservationFile.Parse(text, "data.csv", Scenario);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { "data.csv:4: error: count must be a whole number >= 0, but was 'oops'" }));
    }

    [Test]
    public void Parse_QuotedFieldWithLineBreak_RowKeepsItsFirstLine()
    {
        string text = "# comment\n" + NoteHeader + "2025-01-01,militia_attacks,a,3,\"a\nb\"\n2025-01-02,militia_attacks,a,4,\n";

        var rows = ObservationFile.Parse(text, "data.csv", Scenario).GetValueOrThrow().Rows;

        Assert.That(rows.Select(r => (r.Line, r.Count)), Is.EqualTo(new[] { (3, 3L), (5, 4L) }));
    }

    [TestCaseSource(nameof(RefusedCharacters))]
    public void Parse_CharacterReadersDisagreeOn_RefusedAtLineAndColumn(string text, string expected)
    {
        var result = ObservationFile.Parse(text, "data.csv", Scenario);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { expected }));
    }

    [TestCase("2147483648")]
    [TestCase("99999999999999999999")]
    [TestCase("1000001")]
    public void Parse_CountAboveTheLimit_RefusedWithItsLine(string count)
    {
        var result = ObservationFile.Parse(Header + $"2025-01-01,militia_attacks,a,{count}\n", "data.csv", Scenario);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            $"data.csv:2: error: count {count} is more than 1,000,000, the largest count a row may hold (an input limit, see docs/calibration.md)",
        }));
    }

    [Test]
    public void Parse_UnclosedQuote_ReportedAtTheLineItOpens()
    {
        var result = ObservationFile.Parse(NoteHeader + "2025-01-01,militia_attacks,a,1,\"open\n2025-01-02,militia_attacks,a,1,\n", "data.csv", Scenario);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { "data.csv:2: error: a quoted field opened on this line is never closed" }));
    }
}
