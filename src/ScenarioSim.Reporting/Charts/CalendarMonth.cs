using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>A calendar month, the unit of the monthly series (<c>YYYY-MM</c>).</summary>
/// <param name="Year">The year, 1 to 9999.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <remarks>An immutable value; thread-safe.</remarks>
internal readonly record struct CalendarMonth(int Year, int Month) : IComparable<CalendarMonth>
{
    /// <summary>The month's first day.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <summary>The number of days in the month.</summary>
    public int Days => DateTime.DaysInMonth(Year, Month);

    /// <summary>Months since January of year 0, so that consecutive months differ by one.</summary>
    public int Index => (Year * 12) + Month - 1;

    /// <summary>The month that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any day.</param>
    /// <returns>Its month.</returns>
    public static CalendarMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>The month with the given <see cref="Index"/>.</summary>
    /// <param name="index">Months since January of year 0.</param>
    /// <returns>The month.</returns>
    public static CalendarMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="month">The month when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid month.</returns>
    public static bool TryParse(string? text, out CalendarMonth month)
    {
        month = default;
        if (text is null || text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int m)
            || year < 1 || m < 1 || m > 12)
        {
            return false;
        }

        month = new CalendarMonth(year, m);
        return true;
    }

    /// <summary>Parses <c>YYYY-MM</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The month.</returns>
    /// <exception cref="FormatException">The text is not a month in that form.</exception>
    public static CalendarMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month in the form YYYY-MM.");

    /// <summary>The month <paramref name="count"/> months later (earlier when negative).</summary>
    /// <param name="count">Months to add.</param>
    /// <returns>The month.</returns>
    public CalendarMonth AddMonths(int count) => FromIndex(Index + count);

    /// <inheritdoc />
    public int CompareTo(CalendarMonth other) => Index.CompareTo(other.Index);

    /// <summary>The month as <c>YYYY-MM</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}
