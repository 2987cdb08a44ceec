using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Cli;

/// <summary>Loads the scenario a verb names, printing every problem compiler-style when it has any.</summary>
internal static class ScenarioInput
{
    /// <summary>
    /// Loads <paramref name="path"/> with the entries of <paramref name="setFile"/> and then
    /// <paramref name="overrides"/>; on problems prints each as <c>file:line:col: error: message</c> to
    /// standard error and returns <see langword="null"/>.
    /// </summary>
    public static Scenario? Load(CliEnvironment environment, string path, IReadOnlyList<string> overrides, string? setFile = null)
    {
        var loaded = OverrideFile.LoadScenario(path, setFile, overrides);
        if (loaded.Succeeded)
        {
            return loaded.Value!;
        }

        CommandFailure.WriteDiagnostics(environment.Error, loaded.Diagnostics);
        if (loaded.Diagnostics.Count == 0)
        {
            environment.Error.WriteLine($"{path}: error: the scenario could not be loaded.");
        }

        return null;
    }
}
