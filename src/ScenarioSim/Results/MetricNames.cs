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

    /// <summary>
    /// The first day t with militia deaths; replications without a death are counted apart
    /// (docs/model.md, "Timing metrics").
    /// </summary>
    public const string DaysToFirstFatality = "days_to_first_fatality";

    /// <summary>
    /// The first day t on which every force's schedule clock has reached its last breakpoint, slips
    /// and pauses included; replications in which that day is after the end are counted apart
    /// (docs/model.md, "Timing metrics").
    /// </summary>
    public const string DaysToDrawdownComplete = "days_to_drawdown_complete";

    /// <summary>Days of the run spent paused by the pause-drawdown policy (0 without one).</summary>
    public const string DaysPaused = "days_paused";

    /// <summary>Every metric, in report order: the first ten as they have always been, later additions after them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        MilitiaAttacksTotal, MilitiaFatalitiesTotal, AnyFatality, PeakMonthlyMilitiaAttacks,
        IsisAttacksTotal, IsisFightersEnd, IsisFightersPeak, Resurgence, DaysToResurgence, TroopsEnd,
        DaysToFirstFatality, DaysToDrawdownComplete, DaysPaused,
    ];

    /// <summary>
    /// The metrics also reported per region and per group (<c>by_region</c>, <c>by_group</c>), in
    /// report order; each is the same quantity as the theatre-wide metric of that name, counted over
    /// the region's or group's regions only.
    /// </summary>
    public static IReadOnlyList<string> Breakdown { get; } =
    [
        MilitiaAttacksTotal, MilitiaFatalitiesTotal, AnyFatality, PeakMonthlyMilitiaAttacks, IsisAttacksTotal, TroopsEnd,
    ];

    /// <summary>True for the 0/1 metrics, which are summarised as a probability with a Wilson interval.</summary>
    public static bool IsBinary(string metric) => metric is AnyFatality or Resurgence;

    /// <summary>
    /// True for the "days to" metrics, which have no value in replications where the event never
    /// happens; those replications are counted apart (<see cref="MetricSummary.MissingCount"/>).
    /// </summary>
    public static bool MayBeMissing(string metric) => metric is DaysToResurgence or DaysToFirstFatality or DaysToDrawdownComplete;
}
