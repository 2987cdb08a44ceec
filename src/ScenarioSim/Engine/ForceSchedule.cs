using System.Runtime.CompilerServices;

namespace ScenarioSim.Engine;

/// <summary>Reads a force schedule at a clock time (SPEC section 2): pure and allocation-free.</summary>
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
        int last = days.Length - 1;
        if (clock <= days[0])
        {
            return troops[0];
        }

        if (clock >= days[last])
        {
            return troops[last];
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
        if (step)
        {
            return troops[k];
        }

        double fraction = (double)(clock - days[k]) / (days[k + 1] - days[k]);
        return troops[k] + (fraction * (troops[k + 1] - troops[k]));
    }
}
