using Microsoft.Extensions.Options;
using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Hosting;

/// <summary>
/// The <see cref="IScenarioLoader"/> that <c>AddScenarioSim</c> registers: <see cref="ScenarioLoader"/>
/// with relative file paths resolved against <see cref="ScenarioSimOptions.ScenariosDirectory"/>. Create
/// it directly to use options without dependency injection.
/// </summary>
/// <remarks>Immutable and thread-safe: it copies the options' values when created.</remarks>
internal sealed class ConfiguredScenarioLoader : IScenarioLoader
{
    /// <summary>A loader for the scenarios directory of <paramref name="options"/>, which are checked first.</summary>
    /// <param name="options">The options; their values are copied.</param>
    /// <exception cref="OptionsValidationException">The options are invalid; the exception lists every problem.</exception>
    public ConfiguredScenarioLoader(ScenarioSimOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ScenarioSimOptionsValidator.ThrowIfInvalid(options);
        ScenariosDirectory = ScenarioSimOptionsValidator.ResolveDirectory(options.ScenariosDirectory);
    }

    /// <inheritdoc/>
    public string? ScenariosDirectory { get; }

    /// <inheritdoc/>
    public LoadResult<Scenario> LoadFile(string path, IEnumerable<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string resolved = ScenariosDirectory is null ? path : Path.Combine(ScenariosDirectory, path);
        return ScenarioLoader.LoadFile(resolved, overrides);
    }

    /// <inheritdoc/>
    public LoadResult<Scenario> LoadString(string yaml, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null) =>
        ScenarioLoader.LoadString(yaml, sourceName, overrides);

    /// <inheritdoc/>
    public LoadResult<Scenario> LoadStream(Stream stream, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null) =>
        ScenarioLoader.LoadStream(stream, sourceName, overrides);
}
