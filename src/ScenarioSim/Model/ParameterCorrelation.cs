namespace ScenarioSim.Model;

/// <summary>
/// A rank (Spearman) correlation between two uncertain parameters, induced per replication through a
/// Gaussian copula (see docs/analysis.md).
/// </summary>
/// <param name="First">Path of one uncertain parameter.</param>
/// <param name="Second">Path of the other.</param>
/// <param name="RankCorrelation">Target Spearman correlation, in (−1, 1).</param>
public sealed record ParameterCorrelation(string First, string Second, double RankCorrelation);
