using ScenarioSim.Diagnostics;

namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>policies:</c>: the drawdown pause's numbers and its group.</summary>
internal sealed partial class ScenarioRules
{
    private void CheckPolicies()
    {
        Numbers("policies", []);
        if (_scenario.Policies.PauseDrawdown is not { } pause)
        {
            return;
        }

        const string Path = "policies.pause_drawdown";
        if (pause.Group is { } group && !_scenario.Groups.Any(g => g.Name == group))
        {
            var names = _scenario.Groups.Select(g => g.Name).ToList();
            _problems.Add(
                $"{Path}.group",
                $"{Path}.group '{group}' is not a group (the groups are {ListOrNone(names)})" + Spelling.Hint(group, names));
        }
    }
}
