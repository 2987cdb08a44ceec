using ScenarioSim.Diagnostics;

namespace ScenarioSim.Model.Validation;

/// <summary>The rules of <c>escalation:</c>: known, unique states, moves to other states with weights that lead somewhere, each state's numbers.</summary>
internal sealed partial class ScenarioRules
{
    private void CheckEscalation()
    {
        if (_scenario.Escalation is not { } chain)
        {
            return;
        }

        if (chain.States.Count == 0)
        {
            _problems.Add("escalation.states", "escalation.states must have at least one state");
        }
        else
        {
            CheckStateReference("escalation.initial", chain.Initial);
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < chain.States.Count; i++)
        {
            EscalationState state = chain.States[i];
            string path = $"escalation.states[{i}]";
            if (_problems.NotEmpty($"{path}.name", state.Name))
            {
                if (firstIndex.TryGetValue(state.Name, out int first))
                {
                    _problems.Add(
                        $"{path}.name",
                        $"{path}.name '{state.Name}' is already used by escalation.states[{first}]; state names must be unique");
                }
                else
                {
                    firstIndex.Add(state.Name, i);
                }
            }

            bool hasDuration = state.MeanDurationDays is double duration &&
                Check(ParameterField.StateMeanDuration, [i], duration);
            double weightSum = 0;
            bool weightsValid = true;
            for (int j = 0; j < state.Next.Count; j++)
            {
                EscalationTransition move = state.Next[j];
                string movePath = $"{path}.next[{j}]";
                if (move.To == state.Name && !string.IsNullOrWhiteSpace(move.To))
                {
                    _problems.Add(
                        $"{movePath}.to",
                        $"{movePath} moves state '{state.Name}' to itself, but self-transitions are not allowed " +
                        "(leaving a state always moves to another one)");
                }
                else
                {
                    CheckStateReference($"{movePath}.to", move.To);
                }

                if (Check(ParameterField.NextWeight, [i, j], move.Weight))
                {
                    weightSum += move.Weight;
                }
                else
                {
                    weightsValid = false;
                }
            }

            if (hasDuration && weightsValid && !(weightSum > 0))
            {
                _problems.Add(
                    $"{path}.next",
                    $"{path} ('{state.Name}') has a mean_duration_days but no next state with a positive weight, " +
                    "so it has nowhere to go; give next weights or remove mean_duration_days");
            }

            Numbers("escalation.states[]", [i], ParameterField.StateMeanDuration);
        }

        Numbers("escalation", []);
    }

    private bool CheckStateReference(string path, string? name)
    {
        if (!_problems.NotEmpty(path, name))
        {
            return false;
        }

        if (_stateNames.Contains(name!, StringComparer.Ordinal))
        {
            return true;
        }

        _problems.Add(
            path,
            $"{path} '{name}' is not an escalation state (the states are {ListOrNone(_stateNames)})" +
            Spelling.Hint(name!, _stateNames));
        return false;
    }
}
