using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>One force schedule in engine form: breakpoint days relative to the start, and troops.</summary>
internal sealed class CompiledForce
{
    public required int Region { get; init; }

    public required bool Step { get; init; }

    public required int[] BreakpointDays { get; init; }

    public required double[] Troops { get; init; }

    public required Distribution? Slip { get; init; }

    public required ulong SlipStream { get; init; }
}
