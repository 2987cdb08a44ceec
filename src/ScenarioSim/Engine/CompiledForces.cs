using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// The forces in engine form (docs/model.md, section 2): each deployment's schedule, and troops and
/// exposure by region and day where they are the same in every replication.
/// </summary>
/// <remarks>Immutable after compilation and shared by every worker.</remarks>
internal sealed class CompiledForces
{
    /// <summary>Each force deployment's schedule, in scenario order.</summary>
    public required CompiledForce[] Deployments { get; init; }

    /// <summary>
    /// True when no force slips, no pause policy exists and no uncertain parameter moves troops,
    /// exposure or attrition: troops are then the same in every replication, and troops, exposure and ISIS attrition are computed once per day at compile time.
    /// </summary>
    public required bool LaneInvariantTroops { get; init; }

    /// <summary>
    /// Per region, true when its troops and exposure are the same in every replication (no pause policy,
    /// none of its forces slips, no uncertain parameter moves its schedules or exposure), so the
    /// tables below hold them even when other regions' troops differ per lane.
    /// </summary>
    public required bool[] RegionInvariantTroops { get; init; }

    /// <summary>
    /// Without <see cref="LaneInvariantTroops"/>: per force, its troops at each clock day when its schedule
    /// is the same in every replication (it does not slip and no uncertain parameter moves it), else
    /// empty. The lanes read these instead of searching the schedule; with the pause policy each at its
    /// own clock.
    /// </summary>
    public required double[][] ForceTroopsByClock { get; init; }

    /// <summary>When some region has <see cref="RegionInvariantTroops"/>: T_r(t) at <c>t · regions + r</c>.</summary>
    public required double[] TroopsByDay { get; init; }

    /// <summary>With <see cref="LaneInvariantTroops"/>: T(t).</summary>
    public required double[] TotalTroopsByDay { get; init; }

    /// <summary>When some region has <see cref="RegionInvariantTroops"/>: E_r(t) at <c>t · regions + r</c>.</summary>
    public required double[] ExposureByDay { get; init; }

    /// <summary>T_r(t) from <see cref="TroopsByDay"/>, for a region with <see cref="RegionInvariantTroops"/>.</summary>
    /// <param name="day">Day index, 0 = start.</param>
    /// <param name="region">Region index.</param>
    public double TroopsOn(int day, int region) => TroopsByDay[(day * RegionInvariantTroops.Length) + region];

    /// <summary>
    /// Compiles the scenario's forces. Troops and exposure are tabulated by day for the regions where they
    /// are the same in every replication: no slip, no pause policy, and no uncertain parameter they depend on.
    /// </summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="regionIndex">Region id to index.</param>
    /// <param name="located">Each uncertain parameter's field and indices.</param>
    public static CompiledForces Compile(
        Scenario scenario, IReadOnlyDictionary<string, int> regionIndex, IReadOnlyList<(ParameterField Field, int[] Indices)> located)
    {
        int days = scenario.Days;
        int startDay = scenario.Start.DayNumber;
        int regionCount = scenario.Regions.Count;
        var pause = scenario.Policies.PauseDrawdown;
        var forces = scenario.Forces.Select(f => CompileForce(f, startDay, regionIndex)).ToArray();
        var regionInvariant = Enumerable.Range(0, regionCount).Select(r => pause is null
            && forces.Where(f => f.Region == r).All(f => f.Slip is null)
            && !located.Any(p => MovesRegionTroops(p.Field, p.Indices, forces) == r)).ToArray();
        bool invariant = regionInvariant.All(x => x) && !located.Any(p => MovesTroopPath(p.Field));
        // Each force's schedule read at every day once: summed into the regions' tables, and kept for the
        // lanes where troops differ between replications but this force's schedule does not.
        var scheduled = forces.Select(f => TroopsByClock(f, days)).ToArray();
        var (byRegion, total) = regionInvariant.Any(x => x) ? TroopPath(forces, scheduled, regionCount, days) : ([], []);
        var forceTroopsByClock = forces
            .Select((f, i) => !invariant && f.Slip is null && !located.Any(p => p.Field == ParameterField.ScheduleTroops && p.Indices[0] == i)
                ? scheduled[i]
                : [])
            .ToArray();
        return new CompiledForces
        {
            Deployments = forces,
            LaneInvariantTroops = invariant,
            ForceTroopsByClock = forceTroopsByClock,
            RegionInvariantTroops = regionInvariant,
            TroopsByDay = byRegion,
            TotalTroopsByDay = total,
            ExposureByDay = byRegion.Select((t, i) => Exposure(scenario.Regions[i % regionCount].Militia, t)).ToArray(),
        };
    }

    /// <summary>
    /// Whether an uncertain parameter in <paramref name="field"/> makes troops, exposure or ISIS attrition
    /// differ between replications, so they cannot be tabulated once.
    /// </summary>
    private static bool MovesTroopPath(ParameterField field) => field is ParameterField.ScheduleTroops
        or ParameterField.RegionExposureRef or ParameterField.RegionExposureElasticity
        or ParameterField.AttritionBase or ParameterField.AttritionCt
        or ParameterField.IsfStart or ParameterField.IsfMax or ParameterField.IsfGrowthPerYear
        or ParameterField.EnablerWeight or ParameterField.EnablerTroopsRef;

    /// <summary>The region whose troops or exposure an uncertain parameter in <paramref name="field"/> moves, or −1.</summary>
    private static int MovesRegionTroops(ParameterField field, int[] indices, CompiledForce[] forces) => field switch
    {
        ParameterField.ScheduleTroops => forces[indices[0]].Region,
        ParameterField.RegionExposureRef or ParameterField.RegionExposureElasticity => indices[0],
        _ => -1,
    };

    private static double Exposure(RegionMilitia? militia, double troops) =>
        militia is null ? 0 : ScenarioCompiler.Exposure(troops, militia.ExposureRef, militia.ExposureElasticity);

    /// <summary>
    /// Troops by region and in total for every day, for schedules that are the same in every replication:
    /// the forces' troops by day (<paramref name="scheduled"/>) added in the forces' order, as the lanes add them.
    /// </summary>
    private static (double[] ByRegion, double[] Total) TroopPath(CompiledForce[] forces, double[][] scheduled, int regions, int days)
    {
        var byRegion = new double[days * regions];
        var total = new double[days];
        for (int t = 0; t < days; t++)
        {
            for (int f = 0; f < forces.Length; f++)
            {
                double value = scheduled[f][t];
                byRegion[(t * regions) + forces[f].Region] += value;
                total[t] += value;
            }
        }

        return (byRegion, total);
    }

    /// <summary>A force's troops at every clock day 0 … days − 1, for a schedule that is the same in every replication.</summary>
    private static double[] TroopsByClock(CompiledForce force, int days)
    {
        var troops = new double[days];
        int cursor = 0;
        for (int t = 0; t < days; t++)
        {
            troops[t] = ForceSchedule.TroopsAt(force.BreakpointDays, force.Troops, force.Step, t, ref cursor);
        }

        return troops;
    }

    private static CompiledForce CompileForce(ForceDeployment force, int startDay, IReadOnlyDictionary<string, int> regionIndex) => new()
    {
        Region = regionIndex[force.Region],
        Step = force.Interpolation == Interpolation.Step,
        BreakpointDays = force.Schedule.Select(b => b.Date.DayNumber - startDay).ToArray(),
        Troops = force.Schedule.Select(b => b.Troops).ToArray(),
        Slip = force.SlipDays,
        SlipStream = StreamKey.ForComponent(ComponentNames.Slip(force.Contingent, force.Region)),
    };
}
