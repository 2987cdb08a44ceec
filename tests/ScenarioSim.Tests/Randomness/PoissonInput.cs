namespace ScenarioSim.Tests.Randomness;

/// <summary>Arguments for one Poisson draw in a property test, including invalid and extreme ones.</summary>
/// <param name="Mean">The mean; may be zero, negative or as large as 1e15.</param>
/// <param name="Seed">The generator's seed.</param>
public sealed record PoissonInput(double Mean, ulong Seed);
