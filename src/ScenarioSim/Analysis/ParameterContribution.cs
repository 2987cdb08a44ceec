namespace ScenarioSim.Analysis;

/// <summary>How much of a metric's spread one uncertain parameter accounts for.</summary>
/// <param name="Path">The parameter's path.</param>
/// <param name="RankCorrelation">Spearman correlation between the parameter's drawn values and the metric.</param>
/// <param name="ContributionToVariance">Squared rank correlation as a share of the sum over all uncertain parameters.</param>
public sealed record ParameterContribution(string Path, double RankCorrelation, double ContributionToVariance);
