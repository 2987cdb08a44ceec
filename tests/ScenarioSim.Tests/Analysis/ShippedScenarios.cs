using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Analysis;

/// <summary>The scenarios shipped in scenarios/, copied beside the tests as Shipped/*.yaml.</summary>
internal static class ShippedScenarios
{
    /// <summary>The name of every scenario shipped in scenarios/.</summary>
    public static readonly string[] Names =
        ["baseline", "full-exit-2025", "delayed-drawdown", "militia-escalation", "syria-spillover", "calibration-2023", "calibration-2023-stop"];

    public static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", name + ".yaml");

    public static Scenario Load(string name, params string[] overrides) =>
        ScenarioLoader.LoadFile(PathOf(name), overrides).GetValueOrThrow();
}
