using ScenarioSim.Diagnostics;

namespace ScenarioSim.Yaml;

/// <summary>One <c>path: value</c> entry of an override file, with where it stands.</summary>
/// <param name="Path">The parameter path, as for <c>--set</c>; <c>correlations</c> for the list of rank correlations.</param>
/// <param name="Value">The value's text; for a distribution its <c>dist</c> name, for the correlations <c>list</c>.</param>
/// <param name="PathLocation">Where the path stands in the file.</param>
/// <param name="ValueLocation">Where the value stands in the file.</param>
internal sealed record OverrideSetting(string Path, string Value, SourceLocation PathLocation, SourceLocation ValueLocation)
{
    /// <summary>The entry as a <c>--set</c> value, <c>path=value</c>.</summary>
    public string AsSet => $"{Path}={Value}";

    /// <summary>True when the value is a number (applied as <c>--set</c>), false for a distribution or the correlations.</summary>
    public bool IsNumber => Tree is null;

    /// <summary>The distribution mapping or the correlations list, as read; null for a number.</summary>
    internal LocatedNode? Tree { get; init; }
}
