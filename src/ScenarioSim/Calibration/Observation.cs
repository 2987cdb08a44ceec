namespace ScenarioSim.Calibration;

/// <summary>
/// One row of an observed-events file: the number of events of one series in a set of regions over
/// a period of whole days, both ends included (a single day when <see cref="First"/> equals
/// <see cref="Last"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Observation
{
    /// <summary>The 1-based line of the row in its file, for messages.</summary>
    public required int Line { get; init; }

    /// <summary>Which series the count belongs to.</summary>
    public required ObservedSeries Series { get; init; }

    /// <summary>The region column as written: an id, ids joined by <c>+</c>, or <c>all</c>.</summary>
    public required string RegionLabel { get; init; }

    /// <summary>Indices into the scenario's regions whose events the count sums; never empty.</summary>
    public required IReadOnlyList<int> Regions { get; init; }

    /// <summary>First day of the period.</summary>
    public required DateOnly First { get; init; }

    /// <summary>Last day of the period, inclusive.</summary>
    public required DateOnly Last { get; init; }

    /// <summary>The observed count, ≥ 0.</summary>
    public required long Count { get; init; }

    /// <summary>True when the row covers a single day.</summary>
    public bool IsDaily => First == Last;

    /// <summary>The period as text: <c>2024-01-19</c> or <c>2024-01-19..2024-01-28</c>.</summary>
    public string PeriodLabel => IsDaily ? $"{First:yyyy-MM-dd}" : $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";
}
