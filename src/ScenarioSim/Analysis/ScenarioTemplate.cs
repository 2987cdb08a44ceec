using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Analysis;

/// <summary>
/// A scenario source that analyses instantiate at many parameter points. The scenario's files (and the
/// override file) are read once, on first use; every load then works on a copy of what was read, with
/// the template's own overrides followed by a point's <c>path=value</c> overrides, so every point is
/// validated and located exactly as <c>--set</c> is. Analyses make their points in memory instead
/// (each parameter resolved once, only the changed rules re-checked) and fall back to such a load
/// where that cannot be done or the point is invalid.
/// </summary>
/// <remarks>Immutable and thread-safe: points may be instantiated concurrently. Changing the files after the first load has no effect on the template.</remarks>
public sealed class ScenarioTemplate
{
    private readonly Lazy<Func<IReadOnlyList<string>, LoadResult<Scenario>>> _load;
    private readonly Lazy<LoadResult<Scenario>> _baseScenario;

    private ScenarioTemplate(string source, IReadOnlyList<string> overrides, Func<Func<IReadOnlyList<string>, LoadResult<Scenario>>> read)
    {
        Source = source;
        Overrides = overrides;
        _load = new Lazy<Func<IReadOnlyList<string>, LoadResult<Scenario>>>(read, LazyThreadSafetyMode.ExecutionAndPublication);
        _baseScenario = new Lazy<LoadResult<Scenario>>(() => _load.Value(Overrides), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The file or source name the template loads.</summary>
    public string Source { get; }

    /// <summary>The overrides applied at every point before the point's own.</summary>
    public IReadOnlyList<string> Overrides { get; }

    /// <summary>A template over a scenario file.</summary>
    /// <param name="path">The scenario file.</param>
    /// <param name="overrides">Overrides applied at every point (the CLI's <c>--set</c>).</param>
    /// <param name="overrideFile">An override file applied first at every point (the CLI's <c>--set-file</c>), or <see langword="null"/>.</param>
    /// <returns>The template; nothing is read until a point is loaded, and then the files are read once.</returns>
    public static ScenarioTemplate FromFile(string path, IEnumerable<string>? overrides = null, string? overrideFile = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new ScenarioTemplate(path, [.. overrides ?? []], () =>
        {
            var tree = ScenarioTree.FromFile(path);
            if (overrideFile is null)
            {
                return tree.Load;
            }

            var settings = OverrideFile.Read(overrideFile);
            return settings.Succeeded
                ? all => OverrideFile.LoadScenario(tree.Load, settings.Value!, all)
                : _ => LoadResult<Scenario>.Failure(settings.Diagnostics);
        });
    }

    /// <summary>A template over YAML text.</summary>
    /// <param name="yaml">The scenario's YAML.</param>
    /// <param name="sourceName">Name used in diagnostics; <c>extends</c> paths resolve relative to its folder.</param>
    /// <param name="overrides">Overrides applied at every point.</param>
    /// <returns>The template.</returns>
    public static ScenarioTemplate FromYaml(string yaml, string sourceName = "scenario.yaml", IEnumerable<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        return new ScenarioTemplate(sourceName, [.. overrides ?? []], () => ScenarioTree.FromYaml(yaml, sourceName).Load);
    }

    /// <summary>Loads the scenario with the template's overrides only.</summary>
    /// <returns>The scenario, or every problem found.</returns>
    public LoadResult<Scenario> Load() => _baseScenario.Value;

    /// <summary>Loads the scenario with <paramref name="parameters"/> set to <paramref name="values"/>.</summary>
    /// <param name="parameters">The parameters, in order.</param>
    /// <param name="values">One value per parameter.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public LoadResult<Scenario> Load(IReadOnlyList<ParameterRange> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        if (parameters.Count != values.Count)
        {
            throw new ArgumentException($"{values.Count} values were given for {parameters.Count} parameters.", nameof(values));
        }

        var all = new List<string>(Overrides.Count + parameters.Count);
        all.AddRange(Overrides);
        for (int i = 0; i < parameters.Count; i++)
        {
            all.Add(parameters[i].Override(values[i]));
        }

        return _load.Value(all);
    }

    /// <summary>Loads the scenario at one point, throwing when it is invalid there.</summary>
    /// <param name="parameters">The parameters, in order.</param>
    /// <param name="values">One value per parameter.</param>
    /// <returns>The scenario.</returns>
    /// <exception cref="InvalidInputException">The scenario is invalid at that point.</exception>
    public Scenario Instantiate(IReadOnlyList<ParameterRange> parameters, IReadOnlyList<double> values) =>
        Load(parameters, values).GetValueOrThrow();

    /// <summary>
    /// Checks the parameters before a long analysis: the scenario must load with every parameter at its
    /// low end, then with every parameter at its high end, so a misspelt path or a range the model
    /// rejects (a negative rate, an explosive Hawkes process) is reported before anything runs.
    /// </summary>
    /// <param name="parameters">The parameters.</param>
    /// <returns>The problems at the low corner, else those at the high corner; empty when both load.</returns>
    public IReadOnlyList<Diagnostic> Check(IReadOnlyList<ParameterRange> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var low = Load(parameters, parameters.Select(p => p.Low).ToArray());
        return low.Succeeded ? Load(parameters, parameters.Select(p => p.High).ToArray()).Diagnostics : low.Diagnostics;
    }

    /// <summary>Resolves <paramref name="parameters"/> once for making many points in memory (see <see cref="ScenarioPoints"/>).</summary>
    internal ScenarioPoints Points(IReadOnlyList<ParameterRange> parameters) => new(this, parameters);
}
