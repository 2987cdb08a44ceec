using ScenarioSim.Results;

namespace ScenarioSim.Reporting;

/// <summary>Titles and units of the series and metrics as the report shows them.</summary>
internal static class ReportVocabulary
{
    /// <summary>The key series drawn as fan charts, in report order: series, title, vertical axis title.</summary>
    public static IReadOnlyList<(string Series, string Title, string Axis)> FanSeries { get; } =
    [
        (SeriesNames.Troops, "Foreign troops, all regions", "Troops (monthly mean of daily numbers)"),
        (SeriesNames.MilitiaAttacks, "Militia attacks on foreign forces", "Attacks per month"),
        (SeriesNames.MilitiaFatalities, "Deaths from militia attacks", "Deaths per month"),
        (SeriesNames.IsisFighters, "ISIS fighters", "Fighters at month end"),
        (SeriesNames.IsisAttacks, "ISIS attacks", "Attacks per month"),
    ];

    /// <summary>The axis title (with unit) of a scalar metric.</summary>
    public static string MetricUnit(string metric) => metric switch
    {
        MetricNames.MilitiaAttacksTotal => "Militia attacks over the run",
        MetricNames.MilitiaFatalitiesTotal => "Deaths over the run",
        MetricNames.PeakMonthlyMilitiaAttacks => "Militia attacks in the worst month",
        MetricNames.IsisAttacksTotal => "ISIS attacks over the run",
        MetricNames.IsisFightersEnd => "ISIS fighters on the last day",
        MetricNames.IsisFightersPeak => "Largest ISIS pool (fighters)",
        MetricNames.DaysToResurgence => "Days from the start to resurgence",
        MetricNames.TroopsEnd => "Troops on the last day",
        MetricNames.DaysToFirstFatality => "Days from the start to the first death",
        MetricNames.DaysToDrawdownComplete => "Days from the start to the end of the drawdown",
        MetricNames.DaysPaused => "Days the drawdown was paused",
        MetricNames.AnyFatality or MetricNames.Resurgence => "Share of replications (0–1)",
        _ => "Value per replication",
    };

    /// <summary>A sentence saying what a 0/1 metric's probability means.</summary>
    public static string ProbabilityLabel(string metric) => metric switch
    {
        MetricNames.AnyFatality => "P(at least one death)",
        MetricNames.Resurgence => "P(ISIS resurgence)",
        _ => $"P({metric} = 1)",
    };
}
