using ScenarioSim.Diagnostics;
using ScenarioSim.Input;

namespace ScenarioSim.Yaml;

/// <summary>
/// Reads a scenario's text and its <c>extends</c> chain into one merged tree. A parent path is
/// resolved relative to the folder of the file that names it; diagnostics name files as
/// <c>Path.Combine(that folder, the extends value)</c>.
/// </summary>
internal static class ScenarioSources
{
    /// <summary>Reads a file's text, or reports why it cannot be read.</summary>
    public static string? ReadText(string path, List<Diagnostic> diagnostics, string what, LocatedNode? citedBy)
    {
        if (InputFile.TryReadText(path, InputLimits.MaxYamlFileBytes, out string reason) is { } text)
        {
            return text;
        }

        diagnostics.Add(new Diagnostic(citedBy is null ? string.Empty : "extends", $"cannot read {what} '{path}': {reason}")
        {
            Location = citedBy?.Location,
        });
        return null;
    }

    /// <summary>
    /// The merged tree of <paramref name="text"/> and its parents; null when a file cannot be read or
    /// parsed, or the chain has a cycle (all reported).
    /// </summary>
    public static LocatedMapping? Read(string text, string sourceName, List<Diagnostic> diagnostics) =>
        Read(text, sourceName, [FullPath(sourceName)], [sourceName], diagnostics, new YamlNodeBudget());

    private static LocatedMapping? Read(
        string text,
        string sourceName,
        List<string> chain,
        List<string> shownChain,
        List<Diagnostic> diagnostics,
        YamlNodeBudget budget)
    {
        int before = diagnostics.Count;
        LocatedNode? node = LocatedYamlReader.Read(text, sourceName, diagnostics, budget);
        if (node is null)
        {
            if (diagnostics.Count == before)
            {
                diagnostics.Add(new Diagnostic(
                    string.Empty,
                    "the scenario file is empty; a scenario needs at least name, start, end and regions")
                {
                    Location = new SourceLocation(sourceName, 1, 1),
                });
            }

            return null;
        }

        if (node is not LocatedMapping map)
        {
            diagnostics.Add(new Diagnostic(
                string.Empty,
                $"a scenario file must be a mapping of keys to values, but was {node.Describe()}")
            {
                Location = node.Location,
            });
            return null;
        }

        LocatedNode? extends = map.Find("extends");
        map.Remove("extends");
        if (extends is null or LocatedScalar { IsNull: true })
        {
            return map;
        }

        if (extends is not LocatedScalar { Value: { Length: > 0 } relative })
        {
            diagnostics.Add(new Diagnostic("extends", $"extends must be the path of a scenario file, but was {extends.Describe()}")
            {
                Location = extends.Location,
            });
            return null;
        }

        string parentName = Path.Combine(Path.GetDirectoryName(sourceName) ?? string.Empty, relative);
        string parentFull = FullPath(parentName);
        int seen = chain.IndexOf(parentFull);
        if (seen >= 0)
        {
            string cycle = string.Join(" -> ", shownChain.Skip(seen).Append(parentName));
            diagnostics.Add(new Diagnostic(
                "extends",
                $"extends '{relative}' forms a cycle ({cycle}); a scenario cannot extend itself, directly or through its parents")
            {
                Location = extends.Location,
            });
            return null;
        }

        if (ReadText(parentName, diagnostics, "extended scenario file", extends) is not { } parentText)
        {
            return null;
        }

        LocatedMapping? parent = Read(parentText, parentName, [.. chain, parentFull], [.. shownChain, parentName], diagnostics, budget);
        return parent is null ? null : ScenarioTreeMerger.Merge(parent, map);
    }

    private static string FullPath(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }
}
