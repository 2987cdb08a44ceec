using System.Globalization;
using ScenarioSim.Input;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// The size limits of <see cref="InputLimits"/> on a scenario's lists, checked before any other rule:
/// a scenario that passes one is refused at once, without the work (and the thousands of messages)
/// the other rules would spend on it.
/// </summary>
internal static class SizeRules
{
    /// <summary>Reports every list longer than its limit; true when none is.</summary>
    public static bool Check(Scenario scenario, DiagnosticList problems)
    {
        bool fits = Fits("regions", "regions", scenario.Regions.Count, InputLimits.MaxRegions, problems);
        fits &= Fits("forces", "force deployments", scenario.Forces.Count, InputLimits.MaxForces, problems);
        fits &= Fits("events", "events", scenario.Events.Count, InputLimits.MaxEvents, problems);
        fits &= Fits(
            string.Empty, "parameters given as distributions", scenario.Uncertainties.Count, InputLimits.MaxUncertainParameters, problems);
        for (int i = 0; i < scenario.Forces.Count; i++)
        {
            if (scenario.Forces[i]?.Schedule is { } schedule)
            {
                fits &= Fits($"forces[{i}].schedule", "breakpoints", schedule.Count, InputLimits.MaxScheduleBreakpoints, problems);
            }
        }

        return fits;
    }

    private static bool Fits(string path, string what, int count, int limit, DiagnosticList problems)
    {
        if (count <= limit)
        {
            return true;
        }

        string owner = path.Length == 0 ? "the scenario" : path;
        problems.Add(path, string.Create(
            CultureInfo.InvariantCulture,
            $"{owner} has {count:N0} {what}, but at most {limit:N0} are allowed (an input limit, see docs/scenario-format.md); nothing else was checked"));
        return false;
    }
}
