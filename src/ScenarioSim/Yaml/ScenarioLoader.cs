using ScenarioSim.Diagnostics;
using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// Loads scenarios from YAML into the validated <see cref="Scenario"/> model, reporting every problem
/// as a located diagnostic (<c>file:line:col: error: message</c>).
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads, merges (<c>extends</c>), overrides and validates a scenario file.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public static LoadResult<Scenario> LoadFile(string path, IEnumerable<string>? overrides = null) =>
        throw new NotImplementedException();

    /// <summary>Loads a scenario from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">Name used in diagnostics; <c>extends</c> paths resolve relative to its folder.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public static LoadResult<Scenario> LoadString(string yaml, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null) =>
        throw new NotImplementedException();
}
