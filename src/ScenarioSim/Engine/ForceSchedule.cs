using System.Runtime.CompilerServices;

namespace ScenarioSim.Engine;

/// <summary>Reads a force schedule at a clock time (docs/model.md, "Forces"): pure and allocation-free.</summary>
internal static class ForceSchedule
{
    /// <summary>
    /// Troops at clock day <paramref name="clock"/>. Before the first breakpoint troops equal its value,
    /// after the last the last value; between them a straight line (linear) or the earlier value (step).
    /// <paramref name="cursor"/> remembers the segment so a clock that never goes back costs O(1) per day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double TroopsAt(int[] days, double[] troops, bool step, int clock, ref int cursor)
    {
        var point = Locate(days, step, clock, ref cursor);
        return point.Interpolates
            ? troops[point.Breakpoint] + (point.Fraction * (troops[point.Breakpoint + 1] - troops[point.Breakpoint]))
            : troops[point.Breakpoint];
    }

    /// <summary>
    /// Where clock day <paramref name="clock"/> falls on a schedule with breakpoints on
    /// <paramref name="days"/>: the breakpoint whose troops hold, or the segment and the fraction of it
    /// gone by when the line between two breakpoints does. <see cref="TroopsAt"/> reads troops from it;
    /// the engine reads eight replications' troops (drawn per replication, on the same days) from one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SchedulePoint Locate(int[] days, bool step, int clock, ref int cursor)
    {
        int last = days.Length - 1;
        if (clock <= days[0])
        {
            return new SchedulePoint(0, 0, false);
        }

        if (clock >= days[last])
        {
            return new SchedulePoint(last, 0, false);
        }

        if (clock < days[cursor])
        {
            cursor = 0;
        }

        while (clock >= days[cursor + 1])
        {
            cursor++;
        }

        int k = cursor;
        return step
            ? new SchedulePoint(k, 0, false)
            : new SchedulePoint(k, (double)(clock - days[k]) / (days[k + 1] - days[k]), true);
    }
}
