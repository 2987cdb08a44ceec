using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// Troops per region per day as the schedules are written: no slip and no pause, the exposure a
/// likelihood needs to treat as known. Reads each schedule with the engine's own interpolation.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TroopLevels
{
    /// <summary>
    /// Evaluates every force schedule of <paramref name="scenario"/> on every day, summed by region.
    /// </summary>
    /// <param name="scenario">A validated scenario; <c>slip_days</c> and the pause policy are ignored.</param>
    /// <returns><c>troops[r][t]</c>: troops in <c>scenario.Regions[r]</c> on day <c>t</c> (0 = start).</returns>
    public static double[][] ByRegionAndDay(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        int days = scenario.Days;
        int startDay = scenario.Start.DayNumber;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int r = 0; r < scenario.Regions.Count; r++)
        {
            index[scenario.Regions[r].Id] = r;
        }

        var troops = new double[scenario.Regions.Count][];
        for (int r = 0; r < troops.Length; r++)
        {
            troops[r] = new double[days];
        }

        foreach (var force in scenario.Forces)
        {
            if (!index.TryGetValue(force.Region, out int r))
            {
                continue;
            }

            int[] breakpointDays = force.Schedule.Select(b => b.Date.DayNumber - startDay).ToArray();
            double[] levels = force.Schedule.Select(b => b.Troops).ToArray();
            bool step = force.Interpolation == Interpolation.Step;
            int cursor = 0;
            for (int t = 0; t < days; t++)
            {
                troops[r][t] += ForceSchedule.TroopsAt(breakpointDays, levels, step, t, ref cursor);
            }
        }

        return troops;
    }
}
