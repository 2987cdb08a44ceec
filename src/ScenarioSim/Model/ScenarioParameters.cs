namespace ScenarioSim.Model;

/// <summary>
/// Reads and replaces a scenario's numeric parameters by path, in the form diagnostics use
/// (<c>regions[1].militia.base_rate</c>, <c>isis.isf_capacity.growth_per_year</c>,
/// <c>forces[0].schedule[2].troops</c>). Used to draw uncertain parameters per replication, and by
/// analyses that move one parameter at a time. Whole-number parameters are rounded half away from zero.
/// </summary>
/// <remarks>
/// The parameters and their paths are those of the internal parameter table (docs/scenario-format.md,
/// "Numeric parameters"). Stateless and thread-safe; scenarios are immutable, so <see cref="With"/> returns a new one.
/// </remarks>
public static class ScenarioParameters
{
    /// <summary>
    /// Rewrites a path that names list items by id (<c>regions.anbar.militia.base_rate</c>,
    /// <c>escalation.states.conflict.militia_multiplier</c>, <c>events.surge.probability</c>,
    /// <c>forces.us/anbar.schedule[1].troops</c>), as <c>--set</c> does, into the indexed form
    /// (<c>regions[1].militia.base_rate</c>). Paths already indexed, or naming nothing, come back unchanged.
    /// </summary>
    /// <param name="scenario">The scenario whose lists the names refer to.</param>
    /// <param name="path">The path.</param>
    public static string Normalize(Scenario scenario, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(path);
        return ParameterTable.Normalize(scenario, path);
    }

    /// <summary>
    /// <c>regions[1].militia.base_rate</c> as <c>regions.anbar.militia.base_rate</c> (the <c>--set</c> form),
    /// for people to read: the run report and the console name parameters alike. <paramref name="regionIds"/>
    /// are the ids in the scenario's order; the path comes back unchanged when its index is unknown.
    /// </summary>
    /// <param name="path">A parameter path, e.g. <c>regions[1].militia.base_rate</c>.</param>
    /// <param name="regionIds">The scenario's region ids, in its order.</param>
    /// <returns>The path with its region index replaced by the region's id.</returns>
    public static string Label(string path, IReadOnlyList<string> regionIds)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(regionIds);
        return ParameterPath.Canonical(path) is [{ Text: "regions", Index: null }, { Index: int index } item, ..] && index < regionIds.Count
            ? $"regions.{regionIds[index]}{path[(item.Column - 1 + item.Text.Length)..]}"
            : path;
    }

    /// <summary>The value at <paramref name="path"/>, or <see langword="null"/> when the scenario has no such parameter.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">A parameter path, e.g. <c>regions[1].militia.base_rate</c>.</param>
    public static double? Get(Scenario scenario, string path)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ParameterTable.TryMatch(path, out var parameter, out var indices) ? Read(parameter, scenario, indices) : null;
    }

    /// <summary>A copy of <paramref name="scenario"/> with the parameter at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="path">A parameter path that <see cref="Get"/> finds.</param>
    /// <param name="value">The new value.</param>
    /// <exception cref="ArgumentException">The scenario has no numeric parameter at that path.</exception>
    public static Scenario With(Scenario scenario, string path, double value) => Setter(scenario, path)(scenario, value);

    /// <summary>
    /// Resolves <paramref name="path"/> once, for setting it again and again (one draw per replication):
    /// the returned function is <see cref="With"/> for that path, without matching the path each time.
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no numeric parameter at that path.</exception>
    internal static Func<Scenario, double, Scenario> Setter(Scenario scenario, string path) =>
        TryResolve(scenario, path, out _, out var set) ? set : throw NotAParameter(scenario, path);

    /// <summary>
    /// Resolves <paramref name="path"/> once into a getter and a setter (<see cref="Get"/> and <see cref="With"/>
    /// for that path, without matching it again); false when the scenario has no numeric parameter there.
    /// </summary>
    internal static bool TryResolve(Scenario scenario, string path, out Func<Scenario, double?> get, out Func<Scenario, double, Scenario> set)
    {
        if (!ParameterTable.TryMatch(path, out var parameter, out var indices) || Read(parameter, scenario, indices) is null)
        {
            get = null!;
            set = null!;
            return false;
        }

        get = target => parameter.Get(target, indices);
        set = (target, value) => parameter.Set(target, indices, value);
        return true;
    }

    /// <summary>
    /// Which parameter <paramref name="path"/> names and its list indices (region, force and breakpoint,
    /// state and move, event and effect, in path order), for the engine's per-lane parameter slots.
    /// </summary>
    /// <exception cref="ArgumentException">The scenario has no numeric parameter at that path.</exception>
    internal static (ParameterField Field, int[] Indices) Locate(Scenario scenario, string path) =>
        ParameterTable.TryMatch(path, out var parameter, out var indices) && Read(parameter, scenario, indices) is not null
            ? (parameter.Field, indices)
            : throw NotAParameter(scenario, path);

    /// <summary>The parameter's value, or null when an index is out of range or a block on the way is missing.</summary>
    private static double? Read(ParameterDefinition parameter, Scenario scenario, int[] indices)
    {
        try
        {
            return parameter.Get(scenario, indices);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or NullReferenceException)
        {
            return null;
        }
    }

    private static ArgumentException NotAParameter(Scenario scenario, string path) =>
        new($"'{path}' is not a numeric parameter of scenario '{scenario.Name}'.", nameof(path));
}
