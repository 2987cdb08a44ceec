using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>The scalar metrics (SPEC section 8) of a finished replication, in one place.</summary>
internal static class ReplicationOutcome
{
    /// <summary>
    /// Hands each metric of the replication in <paramref name="s"/> to <paramref name="visit"/>.
    /// <c>days_to_resurgence</c> is skipped for replications without a resurgence.
    /// </summary>
    public static void Visit<TTarget>(ReplicationState s, TTarget target, Action<TTarget, string, double> visit)
    {
        visit(target, MetricNames.MilitiaAttacksTotal, s.MilitiaAttacksTotal);
        visit(target, MetricNames.MilitiaFatalitiesTotal, s.MilitiaDeathsTotal);
        visit(target, MetricNames.AnyFatality, s.MilitiaDeathsTotal > 0 ? 1 : 0);
        visit(target, MetricNames.PeakMonthlyMilitiaAttacks, s.PeakMonthlyMilitiaAttacks);
        visit(target, MetricNames.IsisAttacksTotal, s.IsisAttacksTotal);
        visit(target, MetricNames.IsisFightersEnd, s.Fighters);
        visit(target, MetricNames.IsisFightersPeak, s.FightersPeak);
        visit(target, MetricNames.Resurgence, s.ResurgenceDay >= 0 ? 1 : 0);
        if (s.ResurgenceDay >= 0)
        {
            visit(target, MetricNames.DaysToResurgence, s.ResurgenceDay);
        }

        visit(target, MetricNames.TroopsEnd, s.TroopsEnd);
    }
}
