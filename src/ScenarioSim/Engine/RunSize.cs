using System.Globalization;
using ScenarioSim.Diagnostics;
using ScenarioSim.Input;
using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// The estimate of a run's work checked before it starts: replications × days × regions simulated
/// region-days, against <see cref="InputLimits.MaxRegionDays"/>, so a request that would take days
/// or exhaust memory is refused with a message saying how to split it.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class RunSize
{
    /// <summary>Throws <see cref="InvalidInputException"/> when the run is larger than the limit.</summary>
    public static void Check(Scenario scenario, long replications)
    {
        long days = Math.Max(0, scenario.Days);
        long regions = scenario.Regions.Count;
        long work = days == 0 || regions == 0 || replications <= InputLimits.MaxRegionDays / days / regions
            ? replications * days * regions
            : long.MaxValue;
        if (work > InputLimits.MaxRegionDays)
        {
            Refuse(string.Create(
                CultureInfo.InvariantCulture,
                $"the run is too large: {replications:N0} replications × {days:N0} days × {regions:N0} regions is more than the limit of {InputLimits.MaxRegionDays:N0} simulated region-days (an input limit, see docs/scenario-format.md); use fewer replications, or split the run with --shard K/N and merge the shards"));
        }
    }

    /// <summary>Throws <see cref="InvalidInputException"/> when more replications would be kept in memory than allowed.</summary>
    public static void CheckKept(long replications)
    {
        if (replications > InputLimits.MaxKeptReplications)
        {
            Refuse(string.Create(
                CultureInfo.InvariantCulture,
                $"{replications:N0} replications is more than the {InputLimits.MaxKeptReplications:N0} whose metrics a paired analysis can keep in memory (an input limit, see docs/scenario-format.md); use fewer replications"));
        }
    }

    private static void Refuse(string message) =>
        throw new InvalidInputException([new Diagnostic("replications", message)]);
}
