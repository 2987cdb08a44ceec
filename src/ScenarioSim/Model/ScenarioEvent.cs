namespace ScenarioSim.Model;

/// <summary>
/// A scheduled or random shock. It happens on <see cref="Date"/>, or on a day drawn uniformly from
/// <see cref="Window"/> (both ends included), with chance <see cref="Probability"/>, drawn once per
/// replication from the event's own random stream. Exactly one of <see cref="Date"/> and
/// <see cref="Window"/> is set.
/// </summary>
public sealed record ScenarioEvent
{
    /// <summary>Unique name; it also keys the event's random stream.</summary>
    public required string Name { get; init; }

    /// <summary>Fixed date of the event.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Window the event's date is drawn from.</summary>
    public DateWindow? Window { get; init; }

    /// <summary>Chance the event happens in a replication, in [0, 1].</summary>
    /// <value>The default value is 1.</value>
    public double Probability { get; init; } = 1.0;

    /// <summary>What the event does.</summary>
    public required IReadOnlyList<EventEffect> Effects { get; init; }
}
