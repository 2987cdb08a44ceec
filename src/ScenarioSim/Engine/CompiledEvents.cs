using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>The scenario's events in engine form (docs/model.md, section 7), in scenario order.</summary>
/// <remarks>Immutable after compilation and shared by every worker.</remarks>
internal sealed class CompiledEvents
{
    /// <summary>Each event's timing, probability, effects and stream.</summary>
    public required CompiledEvent[] Items { get; init; }

    /// <summary>Total effects over all events: the size of the per-replication effect buffer.</summary>
    public required int EffectCount { get; init; }

    /// <summary>Per event, the index of its first effect in the effect buffer (effects in event order).</summary>
    public required int[] EffectOffset { get; init; }

    /// <summary>Compiles the scenario's events.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="regionIndex">Region id to index.</param>
    /// <param name="escalation">The compiled chain, whose state names the effects setting a state refer to.</param>
    public static CompiledEvents Compile(Scenario scenario, IReadOnlyDictionary<string, int> regionIndex, CompiledEscalation escalation)
    {
        int startDay = scenario.Start.DayNumber;
        var stateIndex = escalation.StateNames.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        var events = scenario.Events.Select(e => CompileEvent(e, startDay, regionIndex, stateIndex)).ToArray();
        var offsets = new int[events.Length + 1];
        for (int e = 0; e < events.Length; e++)
        {
            offsets[e + 1] = offsets[e] + events[e].Effects.Length;
        }

        return new CompiledEvents { Items = events, EffectCount = offsets[^1], EffectOffset = offsets };
    }

    private static CompiledEvent CompileEvent(
        ScenarioEvent e, int startDay, IReadOnlyDictionary<string, int> regionIndex, Dictionary<string, int> stateIndex)
    {
        int first = (e.Window?.From ?? e.Date!.Value).DayNumber - startDay;
        int last = (e.Window?.To ?? e.Date!.Value).DayNumber - startDay;
        return new CompiledEvent
        {
            Name = e.Name,
            Probability = e.Probability,
            FirstDay = first,
            DayChoices = last - first + 1,
            Stream = StreamKey.ForComponent(ComponentNames.Event(e.Name)),
            Effects = e.Effects.Select(effect => new CompiledEffect(
                effect.Target,
                effect.Multiply ?? effect.Add ?? 0,
                ScenarioCompiler.EffectDuration(effect.Target, effect.DurationDays),
                effect.Region is null ? -1 : regionIndex[effect.Region],
                effect.SetState is null ? -1 : stateIndex[effect.SetState])).ToArray(),
        };
    }
}
