using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Yaml;

/// <summary>Loads test scenarios by a path relative to the test output folder and prints diagnostics with that relative path.</summary>
internal static class ScenarioFiles
{
    /// <summary>The smallest valid scenario: one region with a militia block, nothing else.</summary>
    public const string Minimal = """
        name: minimal
        start: 2025-01-01
        end: 2025-12-31
        regions:
          - id: anbar
            militia: { base_rate: 0.25 }
        """;

    private static string Root => TestContext.CurrentContext.TestDirectory;

    public static LoadResult<Scenario> Load(string relativePath, params string[] overrides) =>
        ScenarioLoader.LoadFile(Path.Combine(Root, relativePath), overrides);

    /// <summary>Each diagnostic as <c>file:line:col: error: message</c>, with the test folder prefix removed.</summary>
    public static string[] Lines(LoadResult<Scenario> result) =>
        result.Diagnostics.Select(d => d.ToString().Replace(Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)).ToArray();
}
