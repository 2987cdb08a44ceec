using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>escalation:</c>: the initial state and each state's numbers and next weights, states keyed by name.</summary>
internal sealed partial class ScenarioBinder
{
    private EscalationChain? BindEscalation(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "escalation", ScenarioShapes.Escalation) is not { } map)
        {
            return null;
        }

        const string Path = "escalation";
        string initial = RequiredText(map, Path, "initial");
        var states = new List<EscalationState>();
        LocatedNode? statesNode = map.Find("states");
        if (statesNode is null || statesNode is LocatedScalar { IsNull: true })
        {
            MissingKey(map, Path, "states");
        }
        else if (NamedEntries(statesNode, "escalation.states") is { } statesMap)
        {
            foreach (var (key, value) in statesMap.Entries)
            {
                string statePath = $"escalation.states[{states.Count}]";
                _nodes[$"{statePath}.name"] = key;
                string shownPath = $"escalation.states.{key.Value}";
                var stateMap = value is LocatedScalar { IsNull: true }
                    ? new LocatedMapping(value.Location, [])
                    : AsMapping(value, shownPath, ScenarioShapes.State);
                if (stateMap is null)
                {
                    Fail(statePath);
                    states.Add(new EscalationState { Name = key.Value });
                    continue;
                }

                _nodes[statePath] = stateMap;
                states.Add(BindState(key.Value, stateMap, statePath, shownPath));
            }
        }

        return Numbers(map, Path, Path, new EscalationChain { Initial = initial, States = states });
    }

    private EscalationState BindState(string name, LocatedMapping map, string path, string shownPath)
    {
        var next = new List<EscalationTransition>();
        LocatedNode? nextNode = map.Find("next");
        if (nextNode is not null && nextNode is not LocatedScalar { IsNull: true } &&
            NamedEntries(nextNode, $"{shownPath}.next") is { } nextMap)
        {
            _nodes[$"{path}.next"] = nextMap;
            foreach (var (key, value) in nextMap.Entries)
            {
                string movePath = $"{path}.next[{next.Count}]";
                _nodes[movePath] = value;
                _nodes[$"{movePath}.to"] = key;
                _nodes[$"{movePath}.weight"] = value;
                next.Add(new EscalationTransition(key.Value, NumberValue(value, $"{shownPath}.next.{key.Value}", $"{movePath}.weight")));
            }
        }

        return Numbers(map, "escalation.states[]", path, new EscalationState { Name = name, Next = next }, shownPath);
    }
}
