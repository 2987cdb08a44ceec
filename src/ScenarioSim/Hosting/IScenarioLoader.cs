using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Hosting;

/// <summary>
/// Loads scenarios from YAML for an application, resolving relative file paths against
/// <see cref="ScenarioSimOptions.ScenariosDirectory"/>. Registered by <c>AddScenarioSim</c>; the
/// diagnostics are those of <see cref="ScenarioLoader"/>.
/// </summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface IScenarioLoader
{
    /// <summary>The full path relative scenario paths are resolved against; <see langword="null"/> means the current directory.</summary>
    string? ScenariosDirectory { get; }

    /// <summary>Loads, merges (<c>extends</c>), overrides and validates a scenario file.</summary>
    /// <param name="path">The scenario file; a relative path is resolved against <see cref="ScenariosDirectory"/>.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    LoadResult<Scenario> LoadFile(string path, IEnumerable<string>? overrides = null);

    /// <summary>Loads a scenario from YAML text; see <see cref="ScenarioLoader.LoadString"/>.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">Name used in diagnostics; <c>extends</c> paths resolve relative to its folder.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    LoadResult<Scenario> LoadString(string yaml, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null);

    /// <summary>Loads a scenario from a stream of YAML text, leaving it open; see <see cref="ScenarioLoader.LoadStream"/>.</summary>
    /// <param name="stream">The YAML text.</param>
    /// <param name="sourceName">Name used in diagnostics; <c>extends</c> paths resolve relative to its folder.</param>
    /// <param name="overrides"><c>path=value</c> overrides, validated like the file.</param>
    /// <returns>The scenario, or every problem found.</returns>
    LoadResult<Scenario> LoadStream(Stream stream, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null);
}
