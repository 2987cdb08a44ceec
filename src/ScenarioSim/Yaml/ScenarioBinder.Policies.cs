using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>policies:</c>: the drawdown pause.</summary>
internal sealed partial class ScenarioBinder
{
    private ScenarioPolicies BindPolicies(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "policies", ScenarioShapes.Policies) is not { } map)
        {
            return new ScenarioPolicies();
        }

        var policies = Numbers(map, "policies", "policies", new ScenarioPolicies());
        if (Mapping(map, "policies", "pause_drawdown", ScenarioShapes.PauseDrawdown) is not { } pause)
        {
            return policies;
        }

        const string Path = "policies.pause_drawdown";
        var policy = Numbers(pause, Path, Path, new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = double.NaN, PauseDays = 1 });
        return policies with { PauseDrawdown = policy with { Group = OptionalText(pause, Path, "group") } };
    }
}
