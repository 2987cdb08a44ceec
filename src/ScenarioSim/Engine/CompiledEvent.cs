namespace ScenarioSim.Engine;

/// <summary>One event in engine form: its timing relative to the start and its effects.</summary>
internal sealed class CompiledEvent
{
    public required string Name { get; init; }

    public required double Probability { get; init; }

    public required int FirstDay { get; init; }

    /// <summary>Number of candidate days: 1 for a fixed date, the window's length otherwise.</summary>
    public required int DayChoices { get; init; }

    public required CompiledEffect[] Effects { get; init; }

    public required ulong Stream { get; init; }
}
