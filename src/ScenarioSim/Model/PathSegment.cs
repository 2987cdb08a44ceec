namespace ScenarioSim.Model;

/// <summary>One part of a parameter path: a name, or a list index written <c>[n]</c>.</summary>
/// <param name="Text">The part as written (<c>militia</c>, <c>[2]</c>).</param>
/// <param name="Index">The index of an index part; null for a name.</param>
/// <param name="Column">Its 1-based column in the path.</param>
internal readonly record struct PathSegment(string Text, int? Index, int Column);
