using System.Runtime.Intrinsics;

namespace ScenarioSim.Engine;

/// <summary>Copies lane 0's state each day into a <see cref="TraceDay"/>. Allocates per day; used only for tracing.</summary>
internal struct TraceRecorder : IBlockObserver
{
    private const int Lane = 0;
    private readonly List<TraceDay> _days;

    public TraceRecorder(int days)
    {
        _days = new List<TraceDay>(days);
    }

    public readonly IReadOnlyList<TraceDay> Days => _days;

    /// <inheritdoc />
    public readonly void OnDay(int day, CompiledScenario scenario, BlockState state)
    {
        var active = new List<string>();
        for (int e = 0; e < scenario.Events.Items.Length; e++)
        {
            if (state.Events.EventActive[(e * BlockState.Lanes) + Lane])
            {
                active.Add(scenario.Events.Items[e].Name);
            }
        }

        _days.Add(new TraceDay
        {
            Date = scenario.Source.Start.AddDays(day),
            Troops = state.Forces.TroopsToday.Select(v => v.GetElement(Lane)).ToArray(),
            EscalationState = scenario.Escalation.HasChain ? scenario.Escalation.StateNames[(int)state.Escalation.State.GetElement(Lane)] : string.Empty,
            MilitiaAttacks = state.Militia.AttacksToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            MilitiaFatalAttacks = state.Militia.FatalAttacksToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            MilitiaFatalities = state.Militia.DeathsToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            IsisAttacks = state.Isis.AttacksToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            IsisFighters = (long)state.Isis.FightersToday.GetElement(Lane),
            DrawdownPaused = state.Pause.PausedToday[Lane],
            ActiveEvents = active,
        });
    }
}
