using ScenarioSim.Calibration;

namespace ScenarioSim.Tests.Calibration;

/// <summary>Observed-events CSV: the format, and every kind of bad row reported as file:line: error: message.</summary>
[TestFixture]
public sealed class ObservationFileTests
{
    private static readonly ScenarioSim.Model.Scenario Scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);

    private static readonly object[] BadRows =
    [
        new object[] { "2025-01-02,,militia_attack,a,1", "data.csv:3: error: unknown series 'militia_attack'; the series are 'militia_attacks', 'isis_attacks'; did you mean 'militia_attacks'?" },
        new object[] { "2024-12-31,,militia_attacks,a,1", "data.csv:3: error: the period 2024-12-31 is not inside the scenario, which runs from 2025-01-01 to 2025-01-05" },
        new object[] { "2025-01-02,2025-01-09,militia_attacks,a,1", "data.csv:3: error: the period 2025-01-02..2025-01-09 is not inside the scenario, which runs from 2025-01-01 to 2025-01-05" },
        new object[] { "2025-01-02,,militia_attacks,a,-3", "data.csv:3: error: count must be a whole number >= 0, but was '-3'" },
        new object[] { "2025-01-02,,militia_attacks,a,2.5", "data.csv:3: error: count must be a whole number >= 0, but was '2.5'" },
        new object[] { "2025-01-02,,militia_attacks,c,1", "data.csv:3: error: unknown region 'c'; the scenario's regions are 'a', 'b', or 'all', or ids joined by '+'" },
        new object[] { "2025-01-02,militia_attacks,a,1", "data.csv:3: error: expected 5 fields (date,end_date,series,region,count), but found 4" },
        new object[] { "02/01/2025,,militia_attacks,a,1", "data.csv:3: error: date must be an ISO date yyyy-MM-dd, but was '02/01/2025'" },
        new object[] { "2025-01-03,2025-01-02,militia_attacks,a,1", "data.csv:3: error: end_date 2025-01-02 is before date 2025-01-03; a period runs from date to end_date inclusive" },
        new object[] { "2025-01-02,,isis_attacks,a,1", "data.csv:3: error: region 'a' has no isis block in the scenario, so the model has no isis_attacks there" },
        new object[] { "2025-01-01,2025-01-03,militia_attacks,all,4", "data.csv:3: error: this row counts a on 2025-01-01, which line 2 already counts; each region and day may be counted by one row of a series only" },
    ];

    [Test]
    public void Parse_PeriodRowsGroupsAndComments_ReadAsWritten()
    {
        const string text = """
            # a comment
            date,series,region,count,end_date,note
            2025-01-01,militia_attacks,a,3,2025-01-03,"first, with a comma"
            2025-01-04,militia_attacks,a+b,2,,
            2025-01-05,militia_attacks,all,0,2025-01-05,
            """;

        var rows = ObservationFile.Parse(text, "data.csv", Scenario).GetValueOrThrow().Rows;

        Assert.That(rows, Has.Count.EqualTo(3));
        Assert.That(rows[0], Has.Property("Line").EqualTo(3).And.Property("Count").EqualTo(3L).And.Property("PeriodLabel").EqualTo("2025-01-01..2025-01-03"));
        Assert.That(rows[1].Regions, Is.EqualTo(new[] { 0, 1 }));
        Assert.That(rows[1].IsDaily, Is.True);
        Assert.That(rows[2].Regions, Is.EqualTo(new[] { 0, 1 }));
    }

    [TestCaseSource(nameof(BadRows))]
    public void Parse_BadRow_ReportedWithFileAndLine(string row, string expected)
    {
        string text = "date,end_date,series,region,count\n2025-01-01,,militia_attacks,a,1\n" + row + "\n";

        var result = ObservationFile.Parse(text, "data.csv", Scenario);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Parse_UnknownColumnAndMissingCount_BothReportedOnTheHeaderLine()
    {
        var result = ObservationFile.Parse("date,series,region,cuont\n", "data.csv", Scenario);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "data.csv:1: error: unknown column 'cuont'; the columns are date, series, region, count and optionally end_date, note, source; did you mean 'count'?",
            "data.csv:1: error: the header lacks the column 'count'; the columns are date, series, region, count and optionally end_date, note, source",
        }));
    }

    [Test]
    public void Parse_EveryBadRow_AllReportedNotOnlyTheFirst()
    {
        var result = ObservationFile.Parse("date,series,region,count\n2025-01-01,x,a,1\n2025-01-02,militia_attacks,a,-1\n", "data.csv", Scenario);

        Assert.That(result.Diagnostics.Select(d => d.Location!.Line), Is.EqualTo(new[] { 2, 3 }));
    }
}
