namespace ScenarioSim.Model;

/// <summary>
/// When a day's militia attacks (of every region, or of <see cref="Group"/>'s regions) bring the total of the last 30 days (that day included) above
/// <see cref="WhenMilitiaAttacks30dAbove"/>, a pause starts the next day and lasts
/// <see cref="PauseDays"/> days; while paused every force's schedule clock stops. A pause can trigger
/// again only after it has ended.
/// </summary>
public sealed record PauseDrawdownPolicy
{
    /// <summary>The number of days in the rolling attack window.</summary>
    public const int WindowDays = 30;

    /// <summary>Attack total over the last 30 days that must be exceeded, ≥ 0.</summary>
    public required double WhenMilitiaAttacks30dAbove { get; init; }

    /// <summary>Length of a pause in days, ≥ 1.</summary>
    public required int PauseDays { get; init; }

    /// <summary>
    /// The group (<see cref="Scenario.Groups"/>) whose militia attacks the window counts;
    /// <see langword="null"/>, the default, counts every region's.
    /// </summary>
    public string? Group { get; init; }
}
