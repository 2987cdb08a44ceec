using System.Globalization;
using System.Text;
using ScenarioSim.Diagnostics;
using ScenarioSim.Input;
using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// Override files (<c>--set-file</c>): a YAML mapping of <c>path: value</c> pairs, each applied exactly
/// like <c>--set path=value</c>, e.g. <c>regions.anbar.militia.base_rate: 0.0123</c>. A value may also be
/// a distribution in the scenario format's syntax (<c>{ dist: lognormal, mu: -4.5, sigma: 0.2 }</c>), which
/// makes the parameter uncertain, and a top-level <c>correlations</c> list is added to the scenario's
/// (docs/scenario-format.md, "Uncertain parameters"). Comments are allowed; the file may be empty. Problems, including a path the scenario does not have or a value the
/// validator rejects, are reported at the entry's line and column in the file. <c>calibrate</c> writes
/// its estimates in this format (<c>fitted.yaml</c>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class OverrideFile
{
    private const string SetPrefix = "--set ";

    /// <summary>The top-level key of the rank correlations between uncertain parameters.</summary>
    private const string CorrelationsKey = "correlations";

    /// <summary>Reads the entries of an override file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The entries in file order, or every problem located in the file.</returns>
    public static LoadResult<IReadOnlyList<OverrideSetting>> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (InputFile.TryReadText(path, InputLimits.MaxYamlFileBytes, out string reason) is not { } text)
        {
            return LoadResult<IReadOnlyList<OverrideSetting>>.Failure(
                [new Diagnostic(string.Empty, $"cannot read the override file '{path}': {reason}") { Location = new SourceLocation(path, 1, 1) }]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses override-file text.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The name used in locations.</param>
    /// <returns>The entries in file order, or every problem located in the file.</returns>
    public static LoadResult<IReadOnlyList<OverrideSetting>> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new List<Diagnostic>();
        var root = LocatedYamlReader.Read(text, file, diagnostics);
        var settings = new List<OverrideSetting>();
        switch (root)
        {
            case null or LocatedScalar { IsNull: true }:
                break;
            case LocatedMapping map:
                foreach (var (key, value) in map.Entries)
                {
                    if (value is LocatedScalar { IsNull: false } scalar)
                    {
                        settings.Add(new OverrideSetting(key.Value, scalar.Value, key.Location, scalar.Location));
                    }
                    else if (value is LocatedMapping distribution && distribution.Find("dist") is LocatedScalar { IsNull: false } dist)
                    {
                        settings.Add(new OverrideSetting(key.Value, dist.Value, key.Location, value.Location) { Tree = distribution });
                    }
                    else if (key.Value == CorrelationsKey && value is LocatedSequence list)
                    {
                        settings.Add(new OverrideSetting(key.Value, "list", key.Location, value.Location) { Tree = list });
                    }
                    else
                    {
                        diagnostics.Add(new Diagnostic(key.Value, $"{key.Value}: an override file maps each path to a number or a distribution ({{ dist: …, … }}), and correlations to a list, but this value is {value.Describe()}") { Location = value.Location });
                    }
                }

                break;
            default:
                diagnostics.Add(new Diagnostic(string.Empty, $"an override file is a mapping of path: value pairs (e.g. regions.anbar.militia.base_rate: 0.0123), but this file holds {root.Describe()}") { Location = root.Location });
                break;
        }

        return diagnostics.Count == 0
            ? LoadResult<IReadOnlyList<OverrideSetting>>.Success(settings)
            : LoadResult<IReadOnlyList<OverrideSetting>>.Failure(diagnostics);
    }

    /// <summary>
    /// Loads a scenario with the entries of <paramref name="overrideFile"/> applied, then
    /// <paramref name="overrides"/> (so a <c>--set</c> wins over the file), locating every problem with an
    /// entry in the override file.
    /// </summary>
    /// <param name="scenarioPath">The scenario file.</param>
    /// <param name="overrideFile">The override file, or <see langword="null"/> for none.</param>
    /// <param name="overrides"><c>path=value</c> overrides applied after the file's.</param>
    /// <returns>The scenario, or every problem found.</returns>
    public static LoadResult<Scenario> LoadScenario(string scenarioPath, string? overrideFile, IReadOnlyList<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrideFile is null)
        {
            return ScenarioLoader.LoadFile(scenarioPath, overrides);
        }

        var settings = Read(overrideFile);
        return settings.Succeeded
            ? LoadScenario((all, edit) => ScenarioLoader.LoadFileEdited(scenarioPath, all, edit), settings.Value!, overrides)
            : LoadResult<Scenario>.Failure(settings.Diagnostics);
    }

    /// <summary>
    /// Loads a scenario through <paramref name="load"/> (overrides, and an edit of the tree that sets the
    /// file's distributions and correlations) with the override file's <paramref name="entries"/>
    /// applied, then <paramref name="overrides"/>, locating every problem with an entry in the override file.
    /// </summary>
    internal static LoadResult<Scenario> LoadScenario(
        Func<IEnumerable<string>, Action<LocatedMapping, List<Diagnostic>>, LoadResult<Scenario>> load,
        IReadOnlyList<OverrideSetting> entries,
        IReadOnlyList<string> overrides)
    {
        void Edit(LocatedMapping root, List<Diagnostic> diagnostics)
        {
            foreach (var entry in entries)
            {
                switch (entry.Tree)
                {
                    case LocatedMapping distribution:
                        ScenarioOverride.Apply(root, entry.AsSet, distribution, diagnostics);
                        break;
                    case LocatedSequence correlations:
                        ScenarioOverride.AppendCorrelations(root, new LocatedScalar(entry.PathLocation, CorrelationsKey, isNull: false), correlations);
                        break;
                }
            }
        }

        var loaded = load(entries.Where(s => s.IsNumber).Select(s => s.AsSet).Concat(overrides), Edit);
        if (loaded.Succeeded)
        {
            return loaded;
        }

        return LoadResult<Scenario>.Failure(loaded.Diagnostics.Select(d => Relocate(d, entries)).ToArray());
    }

    /// <summary>Writes <paramref name="values"/> as an override file, after <paramref name="comments"/> as <c>#</c> lines.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="values">The paths and values, in order.</param>
    /// <param name="comments">Header lines, without the leading <c>#</c>.</param>
    public static void Write(TextWriter writer, IEnumerable<(string Path, double Value)> values, IEnumerable<string> comments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(comments);
        var file = new OverrideFileWriter(writer, comments);
        foreach (var (path, value) in values)
        {
            file.Number(path, value);
        }

        file.Finish();
    }

    /// <summary>Moves a diagnostic located at <c>--set path=value</c> to the override file's entry.</summary>
    private static Diagnostic Relocate(Diagnostic diagnostic, IReadOnlyList<OverrideSetting> entries)
    {
        if (diagnostic.Location is not { } location || !location.File.StartsWith(SetPrefix, StringComparison.Ordinal))
        {
            return diagnostic;
        }

        // When a path appears twice, the later entry is the one that took effect.
        var entry = entries.LastOrDefault(e => SetPrefix + e.AsSet == location.File);
        if (entry is null)
        {
            return diagnostic;
        }

        var moved = location.Column <= entry.Path.Length + 1
            ? entry.PathLocation with { Column = entry.PathLocation.Column + location.Column - 1 }
            : entry.ValueLocation with { Column = entry.ValueLocation.Column + location.Column - entry.Path.Length - 2 };
        string message = diagnostic.Message.StartsWith(SetPrefix + entry.Path, StringComparison.Ordinal)
            ? entry.Path + diagnostic.Message[(SetPrefix.Length + entry.Path.Length)..]
            : diagnostic.Message;
        return diagnostic with { Location = moved, Message = message };
    }
}
