namespace ScenarioSim.Analysis;

/// <summary>
/// What a sensitivity analysis of a scenario was run on, as <c>sensitivity.json</c> records it: the
/// scenario, the metric whose mean is the output, the seed and replications of every point, and the
/// library version. A <see cref="ScenarioResponse"/> has one (<see cref="ScenarioResponse.Stamp"/>), and so
/// has a joined <see cref="SensitivityPartial"/>, which is how a merge writes the file without the scenario.
/// </summary>
/// <param name="ScenarioName">The scenario's name.</param>
/// <param name="ScenarioSha256">The fingerprint of the scenario with the template's overrides but none of the parameters'.</param>
/// <param name="Metric">The metric whose mean over the replications is the model output.</param>
/// <param name="Seed">The seed every point runs with.</param>
/// <param name="Replications">Replications per point.</param>
/// <param name="Version">The library version that ran the points.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record ResponseStamp(string ScenarioName, string ScenarioSha256, string Metric, ulong Seed, int Replications, string Version);
