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
        double deaths = s.Records.MilitiaDeathsTotal.GetElement(lane);
        int resurgenceDay = (int)s.Isis.ResurgenceDay.GetElement(lane);
        visit(target, MetricNames.MilitiaAttacksTotal, s.Records.MilitiaAttacksTotal.GetElement(lane));
        visit(target, MetricNames.MilitiaFatalitiesTotal, deaths);
        visit(target, MetricNames.AnyFatality, deaths > 0 ? 1 : 0);
        visit(target, MetricNames.PeakMonthlyMilitiaAttacks, s.Records.PeakMonthlyMilitiaAttacks.GetElement(lane));
        visit(target, MetricNames.IsisAttacksTotal, s.Records.IsisAttacksTotal.GetElement(lane));
        visit(target, MetricNames.IsisFightersEnd, (long)s.Isis.Fighters.GetElement(lane));
        visit(target, MetricNames.IsisFightersPeak, (long)s.Isis.FightersPeak.GetElement(lane));
        visit(target, MetricNames.Resurgence, resurgenceDay >= 0 ? 1 : 0);
        if (resurgenceDay >= 0)
        {
            visit(target, MetricNames.DaysToResurgence, resurgenceDay);
        }

        visit(target, MetricNames.TroopsEnd, s.Forces.TroopsEnd[lane]);
        if (s.Militia.FirstFatalityDay.GetElement(lane) is var firstFatality and >= 0)
        {
            visit(target, MetricNames.DaysToFirstFatality, firstFatality);
        }

        if (s.Forces.DrawdownDay[lane] >= 0)
        {
            visit(target, MetricNames.DaysToDrawdownComplete, s.Forces.DrawdownDay[lane]);
        }

        visit(target, MetricNames.DaysPaused, s.Pause.PausedDays[lane]);
    }
}
