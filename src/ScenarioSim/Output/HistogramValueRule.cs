using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>
/// What values a histogram of a partial file may hold, from its key (docs/model.md, "Outputs"): 0/1
/// metrics only 0 and 1, counts whole and non-negative, troops non-negative, escalation shares between 0
/// and 1. A partial holding anything else was not written by a run, and a merge refuses it.
/// </summary>
/// <param name="Allows">True for a value the histogram may hold.</param>
/// <param name="Rule">The rule in words, for messages: e.g. <c>0 or 1</c>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record HistogramValueRule(Func<double, bool> Allows, string Rule)
{
    private static readonly HistogramValueRule ZeroOrOne = new(v => v is 0 or 1, "0 or 1");
    private static readonly HistogramValueRule WholeCount = new(v => v >= 0 && double.IsFinite(v) && Math.Floor(v) == v, "a whole number >= 0");
    private static readonly HistogramValueRule NonNegative = new(v => v >= 0 && double.IsFinite(v), "a number >= 0");
    private static readonly HistogramValueRule Share = new(v => v is >= 0 and <= 1, "a share between 0 and 1");
    private static readonly HistogramValueRule Any = new(_ => true, "any number");

    /// <summary>The rule for the histogram <paramref name="key"/> (<c>metric/NAME</c> or <c>SERIES/REGION/MONTH</c>).</summary>
    public static HistogramValueRule For(string key)
    {
        if (key.StartsWith(ResultAccumulator.MetricKeyPrefix, StringComparison.Ordinal))
        {
            // The metric's name is the last part, so metrics reported per region or group follow their total's rule.
            string metric = key[(key.LastIndexOf('/') + 1)..];
            return MetricNames.IsBinary(metric) ? ZeroOrOne
                : metric == MetricNames.TroopsEnd ? NonNegative
                : MetricNames.All.Contains(metric) ? WholeCount
                : NonNegative;
        }

        string series = key[..Math.Max(0, key.IndexOf('/', StringComparison.Ordinal))];
        return series switch
        {
            SeriesNames.Troops => NonNegative,
            SeriesNames.MilitiaAttacks or SeriesNames.IsisAttacks or SeriesNames.MilitiaFatalities or SeriesNames.IsisFighters => WholeCount,
            _ when series.StartsWith(SeriesNames.EscalationPrefix, StringComparison.Ordinal) => Share,
            _ => Any,
        };
    }
}
