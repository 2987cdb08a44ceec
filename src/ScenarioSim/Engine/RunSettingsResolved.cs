namespace ScenarioSim.Engine;

/// <summary>Run settings after options, scenario defaults and library defaults are resolved.</summary>
/// <param name="Replications">Replications to run.</param>
/// <param name="Seed">The seed.</param>
/// <param name="Threads">Worker threads.</param>
internal sealed record RunSettingsResolved(int Replications, ulong Seed, int Threads);
