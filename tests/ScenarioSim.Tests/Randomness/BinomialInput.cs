namespace ScenarioSim.Tests.Randomness;

/// <summary>Arguments for one binomial draw in a property test, including invalid and extreme ones.</summary>
/// <param name="N">The number of trials; may be zero or negative.</param>
/// <param name="P">The success probability; may lie outside [0, 1].</param>
/// <param name="Seed">The generator's seed.</param>
public sealed record BinomialInput(long N, double P, ulong Seed);
