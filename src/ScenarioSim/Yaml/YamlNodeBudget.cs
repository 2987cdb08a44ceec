using ScenarioSim.Input;

namespace ScenarioSim.Yaml;

/// <summary>
/// How many YAML nodes a load may still build, aliases counted each time they are used. One budget is
/// shared by a scenario and its <c>extends</c> parents, so an alias bomb split across files is caught
/// too (merging expands every alias it descends into).
/// </summary>
/// <remarks>Not thread-safe: one load uses it.</remarks>
internal sealed class YamlNodeBudget(long limit = InputLimits.MaxYamlNodes)
{
    private long _used;

    /// <summary>Charges <paramref name="nodes"/>; false once the total passes the limit.</summary>
    public bool TryCharge(long nodes)
    {
        _used = nodes > limit - _used ? limit + 1 : _used + nodes;
        return _used <= limit;
    }
}
