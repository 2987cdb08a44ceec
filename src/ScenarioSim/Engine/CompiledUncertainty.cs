using ScenarioSim.Model;

namespace ScenarioSim.Engine;

/// <summary>An uncertain parameter in engine form: where it goes, what it is drawn from, and its stream.</summary>
/// <param name="Path">The parameter's path (see <see cref="ScenarioParameters"/>).</param>
/// <param name="Distribution">Its distribution.</param>
/// <param name="Stream">Its stream key, from the component name <c>param/&lt;path&gt;</c>.</param>
/// <param name="Slot">The lane value the draw sets (the path resolved once, at compile time).</param>
internal sealed record CompiledUncertainty(string Path, Distribution Distribution, ulong Stream, ParameterSlot Slot);
