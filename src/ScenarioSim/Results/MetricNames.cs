namespace ScenarioSim.Results;

/// <summary>The per-replication scalar metrics. Their names are a public contract (SPEC section 8).</summary>
public static class MetricNames
{
    /// <summary>Militia attacks over the run, all regions.</summary>
    public const string MilitiaAttacksTotal = "militia_attacks_total";

    /// <summary>Deaths among foreign forces from militia attacks over the run.</summary>
    public const string MilitiaFatalitiesTotal = "militia_fatalities_total";

    /// <summary>1 when the run had at least one death, else 0.</summary>
    public const string AnyFatality = "any_fatality";

    /// <summary>Largest calendar-month militia attack total (partial months included).</summary>
    public const string PeakMonthlyMilitiaAttacks = "peak_monthly_militia_attacks";

    /// <summary>ISIS attacks over the run, all regions.</summary>
    public const string IsisAttacksTotal = "isis_attacks_total";

    /// <summary>The ISIS pool after the last day's update, F(D).</summary>
    public const string IsisFightersEnd = "isis_fighters_end";

    /// <summary>The largest pool over F(0)…F(D).</summary>
    public const string IsisFightersPeak = "isis_fighters_peak";

    /// <summary>1 when some F(t) reached the resurgence threshold, else 0.</summary>
    public const string Resurgence = "resurgence";

    /// <summary>The first day t with F(t) at or above the threshold; replications without one are counted apart.</summary>
    public const string DaysToResurgence = "days_to_resurgence";

    /// <summary>Troops on the last day, T(D−1).</summary>
    public const string TroopsEnd = "troops_end";

    /// <summary>Every metric, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MilitiaAttacksTotal, MilitiaFatalitiesTotal, AnyFatality, PeakMonthlyMilitiaAttacks,
        IsisAttacksTotal, IsisFightersEnd, IsisFightersPeak, Resurgence, DaysToResurgence, TroopsEnd,
    ];

    /// <summary>True for the 0/1 metrics, which are summarised as a probability with a Wilson interval.</summary>
    public static bool IsBinary(string metric) => metric is AnyFatality or Resurgence;
}
