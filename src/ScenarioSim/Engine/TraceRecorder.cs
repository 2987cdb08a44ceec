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
            if (state.EventActive[(e * BlockState.Lanes) + Lane])
            {
                active.Add(scenario.Events.Items[e].Name);
            }
        }

        _days.Add(new TraceDay
        {
            Date = scenario.Source.Start.AddDays(day),
            Troops = state.TroopsToday.Select(v => v.GetElement(Lane)).ToArray(),
            EscalationState = scenario.Escalation.HasChain ? scenario.Escalation.StateNames[(int)state.State.GetElement(Lane)] : string.Empty,
            MilitiaAttacks = state.AttacksToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            MilitiaFatalAttacks = state.FatalAttacksToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            MilitiaFatalities = state.DeathsToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            IsisAttacks = state.IsisAttacksToday.Select(v => (int)v.GetElement(Lane)).ToArray(),
            IsisFighters = (long)state.FightersToday.GetElement(Lane),
            DrawdownPaused = state.PausedToday[Lane],
            ActiveEvents = active,
        });
    }
}
