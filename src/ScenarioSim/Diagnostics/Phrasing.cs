namespace ScenarioSim.Diagnostics;

/// <summary>How messages put several items into one sentence.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Phrasing
{
    /// <summary>Items joined as English: <c>a</c>, <c>a and b</c>, <c>a, b and c</c>; empty for none.</summary>
    public static string And(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
