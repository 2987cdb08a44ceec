using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Yaml;

/// <summary>Loads test scenarios by a path relative to the test output folder and prints diagnostics with that relative path.</summary>
internal static class ScenarioFiles
{
    private static string Root => TestContext.CurrentContext.TestDirectory;

    public static LoadResult<Scenario> Load(string relativePath, params string[] overrides) =>
        ScenarioLoader.LoadFile(Path.Combine(Root, relativePath), overrides);

    /// <summary>Each diagnostic as <c>file:line:col: error: message</c>, with the test folder prefix removed.</summary>
    public static string[] Lines(LoadResult<Scenario> result) =>
        result.Diagnostics.Select(d => d.ToString().Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToArray();
}
