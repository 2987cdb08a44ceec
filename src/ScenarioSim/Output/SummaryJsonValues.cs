using System.Text.Json;
using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Output;

/// <summary>The JSON fields of summary statistics and proportions, as <c>summary.json</c> and <c>compare.json</c> write them.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SummaryJsonValues
{
    /// <summary>A summary's <c>mean, sd, se, p05 … p95, min, max</c> (not its count).</summary>
    public static void Moments(Utf8JsonWriter json, SummaryStatistics s)
    {
        DeterministicJson.Number(json, SummaryJsonFields.Mean, s.Mean);
        DeterministicJson.Number(json, SummaryJsonFields.Sd, s.Sd);
        DeterministicJson.Number(json, SummaryJsonFields.Se, s.Se);
        DeterministicJson.Number(json, SummaryJsonFields.P05, s.P05);
        DeterministicJson.Number(json, SummaryJsonFields.P25, s.P25);
        DeterministicJson.Number(json, SummaryJsonFields.P50, s.P50);
        DeterministicJson.Number(json, SummaryJsonFields.P75, s.P75);
        DeterministicJson.Number(json, SummaryJsonFields.P95, s.P95);
        DeterministicJson.Number(json, SummaryJsonFields.Min, s.Min);
        DeterministicJson.Number(json, SummaryJsonFields.Max, s.Max);
    }

    /// <summary>A proportion's <c>probability, ci95_low, ci95_high</c>.</summary>
    public static void Proportion(Utf8JsonWriter json, Proportion p)
    {
        DeterministicJson.Number(json, SummaryJsonFields.Probability, p.Probability);
        DeterministicJson.Number(json, SummaryJsonFields.Ci95Low, p.Ci95Low);
        DeterministicJson.Number(json, SummaryJsonFields.Ci95High, p.Ci95High);
    }
}
