using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>One event effect in engine form.</summary>
/// <param name="Target">What it acts on.</param>
/// <param name="Value">The multiply or add amount.</param>
/// <param name="DurationDays">Days it lasts; <see cref="int.MaxValue"/> for the rest of the run.</param>
/// <param name="Region">Region index for militia base-rate effects, −1 for every region.</param>
/// <param name="State">Escalation state index for set-state effects, −1 otherwise.</param>
internal readonly record struct CompiledEffect(EffectTarget Target, double Value, int DurationDays, int Region, int State);
