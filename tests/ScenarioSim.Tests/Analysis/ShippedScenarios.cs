using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Analysis;

/// <summary>The scenarios shipped in scenarios/, copied beside the tests as Shipped/*.yaml.</summary>
internal static class ShippedScenarios
{
    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", name + ".yaml");

    public static Scenario Load(string name, params string[] overrides) =>
        ScenarioLoader.LoadFile(PathOf(name), overrides).GetValueOrThrow();
}
