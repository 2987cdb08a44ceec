namespace ScenarioSim.Tests.Analysis;

/// <summary>The size of a sampling design in a property test, with the seed that draws it.</summary>
/// <param name="Points">Points (and strata per dimension), 1 to 500.</param>
/// <param name="Dimensions">Dimensions, 1 to 8.</param>
/// <param name="Seed">The design's seed.</param>
public sealed record DesignSize(int Points, int Dimensions, ulong Seed);
