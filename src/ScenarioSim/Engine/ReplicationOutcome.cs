using System.Runtime.Intrinsics;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>The scalar metrics (SPEC section 8) of a finished replication, in one place.</summary>
internal static class ReplicationOutcome
{
    /// <summary>
    /// Hands each metric of the replication in lane <paramref name="lane"/> of <paramref name="s"/> (a
    /// finished block, run totals summed) to <paramref name="visit"/>. The "days to" metrics
    /// are skipped for replications where the event never happens. Counts are whole numbers: the pool is truncated
    /// toward zero should an event have added a fractional number of fighters.
    /// </summary>
    public static void Visit<TTarget>(BlockState s, int lane, TTarget target, Action<TTarget, string, double> visit)
    {
        double deaths = s.MilitiaDeathsTotal.GetElement(lane);
        int resurgenceDay = (int)s.ResurgenceDay.GetElement(lane);
        visit(target, MetricNames.MilitiaAttacksTotal, s.MilitiaAttacksTotal.GetElement(lane));
        visit(target, MetricNames.MilitiaFatalitiesTotal, deaths);
        visit(target, MetricNames.AnyFatality, deaths > 0 ? 1 : 0);
        visit(target, MetricNames.PeakMonthlyMilitiaAttacks, s.PeakMonthlyMilitiaAttacks.GetElement(lane));
        visit(target, MetricNames.IsisAttacksTotal, s.IsisAttacksTotal.GetElement(lane));
        visit(target, MetricNames.IsisFightersEnd, (long)s.Fighters.GetElement(lane));
        visit(target, MetricNames.IsisFightersPeak, (long)s.FightersPeak.GetElement(lane));
        visit(target, MetricNames.Resurgence, resurgenceDay >= 0 ? 1 : 0);
        if (resurgenceDay >= 0)
        {
            visit(target, MetricNames.DaysToResurgence, resurgenceDay);
        }

        visit(target, MetricNames.TroopsEnd, s.TroopsEnd[lane]);
        if (s.FirstFatalityDay.GetElement(lane) is var firstFatality and >= 0)
        {
            visit(target, MetricNames.DaysToFirstFatality, firstFatality);
        }

        if (s.DrawdownDay[lane] >= 0)
        {
            visit(target, MetricNames.DaysToDrawdownComplete, s.DrawdownDay[lane]);
        }

        visit(target, MetricNames.DaysPaused, s.PausedDays[lane]);
    }
}
