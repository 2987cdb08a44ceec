namespace ScenarioSim.Results;

/// <summary>The monthly series and the pseudo-region used for totals. Names are a public contract (SPEC section 8).</summary>
public static class SeriesNames
{
    /// <summary>Troops, monthly mean of daily values, by region and total.</summary>
    public const string Troops = "troops";

    /// <summary>Militia attacks, monthly sum, by region and total.</summary>
    public const string MilitiaAttacks = "militia_attacks";

    /// <summary>ISIS attacks, monthly sum, by region and total.</summary>
    public const string IsisAttacks = "isis_attacks";

    /// <summary>Deaths from militia attacks, monthly sum, by region and total.</summary>
    public const string MilitiaFatalities = "militia_fatalities";

    /// <summary>The ISIS pool at month end (theatre-wide, region <see cref="AllRegions"/>).</summary>
    public const string IsisFighters = "isis_fighters";

    /// <summary>Prefix of the escalation occupancy series: <c>escalation_&lt;state&gt;</c>, share of the month's days.</summary>
    public const string EscalationPrefix = "escalation_";

    /// <summary>
    /// 1 when there was at least one militia death from the start through the month's end, else 0:
    /// its monthly mean is P(at least one death by the month's end), that is
    /// P(days_to_first_fatality ≤ the month's last day). Theatre-wide (<see cref="AllRegions"/>) and per group.
    /// </summary>
    public const string AnyFatalityToDate = "any_fatality_to_date";

    /// <summary>The region value for totals over all regions and for theatre-wide series.</summary>
    public const string AllRegions = "all";

    /// <summary>The region value of a group's rows: <c>group:&lt;name&gt;</c>.</summary>
    /// <param name="group">The group's name.</param>
    /// <returns>The region value.</returns>
    public static string GroupRegion(string group) => "group:" + group;
}
