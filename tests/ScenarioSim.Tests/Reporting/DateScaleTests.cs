using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class DateScaleTests
{
    [Test]
    public void Ticks_OneYearWide_MonthlyWithYearUnderFirstAndJanuary()
    {
        var scale = new DateScale(new CalendarMonth(2025, 1), new CalendarMonth(2025, 12), 0, 900);

        var ticks = scale.Ticks();

        Assert.That(ticks.Select(t => t.Label), Is.EqualTo(new[] { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan" }));
        Assert.That(ticks[0].SecondLine, Is.EqualTo("2025"));
        Assert.That(ticks[1].SecondLine, Is.Null);
        Assert.That(ticks[^1].SecondLine, Is.EqualTo("2026"));
    }

    [Test]
    public void Ticks_FortyMonths_Quarterly()
    {
        var scale = new DateScale(new CalendarMonth(2024, 9), new CalendarMonth(2027, 12), 72, 902);

        var ticks = scale.Ticks();

        Assert.That(ticks.Select(t => t.Date.Month).Distinct(), Is.EquivalentTo(new[] { 1, 4, 7, 10 }));
        Assert.That(ticks[0].Date, Is.EqualTo(new DateOnly(2024, 10, 1)));
        Assert.That(ticks[0].SecondLine, Is.EqualTo("2024"));
        Assert.That(ticks[^1].Date, Is.EqualTo(new DateOnly(2028, 1, 1)));
    }

    [Test]
    public void Ticks_TwentyYears_YearsOnly()
    {
        var scale = new DateScale(new CalendarMonth(2020, 1), new CalendarMonth(2039, 12), 0, 900);

        var ticks = scale.Ticks();

        Assert.That(ticks, Has.All.Matches<DateTick>(t => t.Date.Month == 1 && t.SecondLine is null));
        Assert.That(ticks.Select(t => t.Label), Has.Member("2020").And.Member("2040"));
        Assert.That(ticks, Has.Count.LessThanOrEqualTo(21));
    }

    [Test]
    public void Ticks_NarrowPanel_SparserThanWide()
    {
        var wide = new DateScale(new CalendarMonth(2024, 9), new CalendarMonth(2027, 12), 0, 900);
        var narrow = new DateScale(new CalendarMonth(2024, 9), new CalendarMonth(2027, 12), 0, 360);

        Assert.That(narrow.Ticks(), Has.Count.LessThan(wide.Ticks().Count));
    }

    [Test]
    public void Ticks_SingleMonth_StillLabelled()
    {
        var scale = new DateScale(new CalendarMonth(2025, 3), new CalendarMonth(2025, 3), 0, 900);

        Assert.That(scale.Ticks().Select(t => t.Label), Is.EqualTo(new[] { "Mar", "Apr" }));
    }

    [Test]
    public void MapMidpoint_InvertsIntoTheMonth()
    {
        var scale = new DateScale(new CalendarMonth(2024, 9), new CalendarMonth(2027, 12), 72, 902);
        var month = new CalendarMonth(2026, 2);

        var date = scale.Invert(scale.MapMidpoint(month));

        Assert.That(CalendarMonth.Of(date), Is.EqualTo(month));
        Assert.That(scale.Map(new DateOnly(2024, 9, 1)), Is.EqualTo(72));
        Assert.That(scale.Map(new DateOnly(2028, 1, 1)), Is.EqualTo(902));
    }

    [TestCase("2025-03", true)]
    [TestCase("2025-13", false)]
    [TestCase("2025-3", false)]
    [TestCase("abcd-01", false)]
    public void CalendarMonth_TryParse(string text, bool valid) =>
        Assert.That(CalendarMonth.TryParse(text, out _), Is.EqualTo(valid));
}
