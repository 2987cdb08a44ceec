using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>isis:</c>: the pool's numbers, the ISF capacity and the coalition enabler.</summary>
internal sealed partial class ScenarioBinder
{
    private IsisModel? BindIsis(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "isis", ScenarioShapes.Isis) is not { } map)
        {
            return null;
        }

        const string Path = "isis";
        var isf = new IsfCapacity();
        if (Mapping(map, Path, "isf_capacity", ScenarioShapes.IsfCapacity) is { } isfMap)
        {
            isf = Numbers(isfMap, "isis.isf_capacity", "isis.isf_capacity", isf);
        }

        var enabler = new CoalitionEnabler();
        if (Mapping(map, Path, "coalition_enabler", ScenarioShapes.CoalitionEnabler) is { } enablerMap)
        {
            enabler = Numbers(enablerMap, "isis.coalition_enabler", "isis.coalition_enabler", enabler);
        }

        return Numbers(map, Path, Path, new IsisModel { IsfCapacity = isf, CoalitionEnabler = enabler });
    }
}
