using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Maps dates linearly onto positions, by day: the domain runs from the first day of
/// <see cref="FirstMonth"/> to the first day after <see cref="LastMonth"/>, so a month takes space in
/// proportion to its length and a monthly value is drawn at its month's middle.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class DateScale
{
    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // Tick spacings in months, from densest to sparsest.
    private static readonly int[] StepsInMonths = [1, 3, 6, 12, 24, 60, 120];

    /// <summary>Creates a scale over the months <paramref name="firstMonth"/> to <paramref name="lastMonth"/>, both included.</summary>
    /// <param name="firstMonth">The first month shown.</param>
    /// <param name="lastMonth">The last month shown; not before <paramref name="firstMonth"/>.</param>
    /// <param name="rangeMin">The position of the first month's first day.</param>
    /// <param name="rangeMax">The position of the day after the last month.</param>
    /// <exception cref="ArgumentException"><paramref name="lastMonth"/> is before <paramref name="firstMonth"/>.</exception>
    public DateScale(CalendarMonth firstMonth, CalendarMonth lastMonth, double rangeMin, double rangeMax)
    {
        if (lastMonth.CompareTo(firstMonth) < 0)
        {
            throw new ArgumentException($"The last month {lastMonth} is before the first month {firstMonth}.", nameof(lastMonth));
        }

        FirstMonth = firstMonth;
        LastMonth = lastMonth;
        Days = new LinearScale(
            firstMonth.FirstDay.DayNumber, lastMonth.AddMonths(1).FirstDay.DayNumber, rangeMin, rangeMax);
    }

    /// <summary>The first month shown.</summary>
    public CalendarMonth FirstMonth { get; }

    /// <summary>The last month shown.</summary>
    public CalendarMonth LastMonth { get; }

    /// <summary>The underlying scale over day numbers (<see cref="DateOnly.DayNumber"/>).</summary>
    public LinearScale Days { get; }

    /// <summary>Months shown.</summary>
    public int MonthCount => LastMonth.Index - FirstMonth.Index + 1;

    /// <summary>The position of the start of <paramref name="date"/>.</summary>
    /// <param name="date">A date.</param>
    /// <returns>Its position.</returns>
    public double Map(DateOnly date) => Days.Map(date.DayNumber);

    /// <summary>The position of the middle of <paramref name="month"/>, where its monthly value is drawn.</summary>
    /// <param name="month">A month.</param>
    /// <returns>Its position.</returns>
    public double MapMidpoint(CalendarMonth month) => Days.Map(month.FirstDay.DayNumber + (month.Days / 2.0));

    /// <summary>The date at <paramref name="position"/> (the day it falls in).</summary>
    /// <param name="position">A position in the range.</param>
    /// <returns>The date.</returns>
    public DateOnly Invert(double position) => DateOnly.FromDayNumber((int)Math.Floor(Days.Invert(position) + 1e-9));

    /// <summary>
    /// Ticks at month starts, as dense as fits: monthly, quarterly, half-yearly, yearly or sparser,
    /// the first spacing that leaves at least <paramref name="minimumSpacing"/> between ticks.
    /// Month ticks are labelled <c>Jan</c>, <c>Apr</c>, … with the year under the first tick and each
    /// January; yearly and sparser ticks are labelled with the year alone.
    /// </summary>
    /// <param name="minimumSpacing">The least distance between neighbouring ticks, in range units.</param>
    /// <returns>The ticks, in date order.</returns>
    public IReadOnlyList<DateTick> Ticks(double minimumSpacing = 40)
    {
        double width = Math.Abs(Days.RangeMax - Days.RangeMin);
        double perMonth = width / Math.Max(1, MonthCount);
        int step = StepsInMonths.FirstOrDefault(s => s * perMonth >= minimumSpacing, StepsInMonths[^1]);

        var ticks = new List<DateTick>();
        bool first = true;
        for (int index = FirstMonth.Index; index <= LastMonth.Index + 1; index++)
        {
            var month = CalendarMonth.FromIndex(index);
            // Yearly and sparser steps sit on Januaries; shorter ones on months that divide the year evenly.
            bool onStep = step >= 12 ? month.Month == 1 && month.Year % (step / 12) == 0 : (month.Month - 1) % step == 0;
            if (!onStep)
            {
                continue;
            }

            string year = month.Year.ToString("0000", CultureInfo.InvariantCulture);
            ticks.Add(step >= 12
                ? new DateTick(month.FirstDay, year, null)
                : new DateTick(month.FirstDay, MonthAbbreviations[month.Month - 1], first || month.Month == 1 ? year : null));
            first = false;
        }

        return ticks;
    }
}
