using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>forces:</c>: each contingent's region, interpolation, schedule of breakpoints and slip.</summary>
internal sealed partial class ScenarioBinder
{
    private static readonly string[] Interpolations = ["linear", "step"];

    private static ForceDeployment PlaceholderForce() =>
        new() { Contingent = string.Empty, Region = string.Empty, Schedule = [] };

    private ForceDeployment BindForce(LocatedMapping map, string path)
    {
        string contingent = RequiredText(map, path, "contingent");
        string region = RequiredText(map, path, "region");
        Interpolation interpolation = (Interpolation)(OptionalChoice(map, path, "interpolation", Interpolations) ?? 0);
        IReadOnlyList<ScheduleBreakpoint> schedule = BindList(
            map,
            path,
            "schedule",
            required: true,
            ScenarioShapes.Breakpoint,
            (item, itemPath) => Numbers(
                item,
                "forces[].schedule[]",
                itemPath,
                new ScheduleBreakpoint(RequiredDate(item, itemPath, "date") ?? DateOnly.MinValue, double.NaN)),
            () => new ScheduleBreakpoint(DateOnly.MinValue, double.NaN));

        return Numbers(
            map,
            "forces[]",
            path,
            new ForceDeployment
            {
                Contingent = contingent,
                Region = region,
                Interpolation = interpolation,
                Schedule = schedule,
                SlipDays = BindSlip(map, path),
            });
    }

    private Distribution? BindSlip(LocatedMapping force, string forcePath)
    {
        if (Mapping(force, forcePath, "slip_days", ScenarioShapes.Slip) is not { } map)
        {
            return null;
        }

        return BindDistribution(map, Join(forcePath, "slip_days"), ScenarioShapes.Slip, Distributions);
    }
}
