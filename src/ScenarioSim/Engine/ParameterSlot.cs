using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>
/// Where an uncertain parameter's draw goes in a lane's <see cref="LaneParameters"/>, resolved once at
/// compile time from its path.
/// </summary>
/// <param name="Field">Which parameter.</param>
/// <param name="Index">
/// The region, force, escalation state or event of the parameter; for an effect's parameters the
/// effect's position among all events' effects (as in <see cref="BlockEvents.EffectStart"/>); 0 for the
/// parameters of the whole scenario.
/// </param>
/// <param name="Item">The breakpoint of a schedule, or the compiled move of a state (position in <see cref="CompiledEscalation.NextState"/>); 0 otherwise.</param>
internal readonly record struct ParameterSlot(ParameterField Field, int Index, int Item)
{
    /// <summary>Whether the parameter is a whole number, whose draws are rounded (from the parameter table, resolved once).</summary>
    public bool IsWhole { get; } = ParameterTable.Of(Field).IsWhole;
}
