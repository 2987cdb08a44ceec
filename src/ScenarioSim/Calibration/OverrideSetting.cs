using ScenarioSim.Diagnostics;

namespace ScenarioSim.Calibration;

/// <summary>One <c>path: value</c> entry of an override file, with where it stands.</summary>
/// <param name="Path">The parameter path, as for <c>--set</c>.</param>
/// <param name="Value">The value's text.</param>
/// <param name="PathLocation">Where the path stands in the file.</param>
/// <param name="ValueLocation">Where the value stands in the file.</param>
public sealed record OverrideSetting(string Path, string Value, SourceLocation PathLocation, SourceLocation ValueLocation)
{
    /// <summary>The entry as a <c>--set</c> value, <c>path=value</c>.</summary>
    public string AsSet => $"{Path}={Value}";
}
