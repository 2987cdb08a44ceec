using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>militia:</c>: casualties and the optional Hawkes self-excitation.</summary>
internal sealed partial class ScenarioBinder
{
    private MilitiaModel BindMilitia(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "militia", ScenarioShapes.Militia) is not { } map)
        {
            return new MilitiaModel();
        }

        var casualties = new Casualties();
        if (Mapping(map, "militia", "casualties", ScenarioShapes.Casualties) is { } casualtiesMap)
        {
            casualties = Numbers(casualtiesMap, "militia.casualties", "militia.casualties", casualties);
        }

        HawkesExcitation? hawkes = null;
        if (Mapping(map, "militia", "hawkes", ScenarioShapes.Hawkes) is { } hawkesMap)
        {
            hawkes = Numbers(hawkesMap, "militia.hawkes", "militia.hawkes", new HawkesExcitation(double.NaN, double.NaN));
        }

        return Numbers(map, "militia", "militia", new MilitiaModel { Casualties = casualties, Hawkes = hawkes });
    }
}
