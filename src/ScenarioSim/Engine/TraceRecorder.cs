namespace ScenarioSim.Engine;

/// <summary>Copies each day's state into a <see cref="TraceDay"/>. Allocates per day; used only for tracing.</summary>
internal struct TraceRecorder : IDayObserver
{
    private readonly List<TraceDay> _days;

    public TraceRecorder(int days)
    {
        _days = new List<TraceDay>(days);
    }

    public readonly IReadOnlyList<TraceDay> Days => _days;

    /// <inheritdoc />
    public readonly void OnDay(int day, CompiledScenario scenario, ReplicationState state)
    {
        var active = new List<string>();
        for (int e = 0; e < scenario.Events.Length; e++)
        {
            if (state.EventActive[e])
            {
                active.Add(scenario.Events[e].Name);
            }
        }

        _days.Add(new TraceDay
        {
            Date = scenario.Source.Start.AddDays(day),
            Troops = (double[])state.Troops.Clone(),
            EscalationState = scenario.HasEscalation ? scenario.StateNames[state.State] : string.Empty,
            MilitiaAttacks = state.AttacksToday.Select(x => (int)x).ToArray(),
            MilitiaFatalAttacks = state.FatalAttacksToday.Select(x => (int)x).ToArray(),
            MilitiaFatalities = state.DeathsToday.Select(x => (int)x).ToArray(),
            IsisAttacks = state.IsisAttacksToday.Select(x => (int)x).ToArray(),
            IsisFighters = state.FightersToday,
            DrawdownPaused = state.PausedToday,
            ActiveEvents = active,
        });
    }
}
