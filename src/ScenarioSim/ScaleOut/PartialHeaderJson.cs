namespace ScenarioSim.ScaleOut;

/// <summary>
/// The two fields every partial file starts with (run, sweep and sensitivity partials): what it is and which
/// version of its format. Read first, before the rest, so that a file of another kind or version is named as such
/// (<see cref="PartialJsonReader"/>).
/// </summary>
/// <param name="Format">The format's name, e.g. <c>scenariosim-partial-result</c>.</param>
/// <param name="FormatVersion">The format's version.</param>
internal sealed record PartialHeaderJson(string? Format, long? FormatVersion);
