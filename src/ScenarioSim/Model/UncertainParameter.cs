namespace ScenarioSim.Model;

/// <summary>
/// A numeric parameter given as a distribution: each replication draws its own value once, from the
/// parameter's own random stream (<c>param/&lt;path&gt;</c>), so results carry the parameter's
/// uncertainty. The scenario's own value at <see cref="Path"/> is the nominal value used for
/// validation; the drawn values replace it in the run.
/// </summary>
/// <param name="Path">The parameter, as diagnostics name it, e.g. <c>regions[1].militia.base_rate</c> or <c>isis.recruitment_rate</c>.</param>
/// <param name="Distribution">What its values are drawn from.</param>
public sealed record UncertainParameter(string Path, Distribution Distribution);
