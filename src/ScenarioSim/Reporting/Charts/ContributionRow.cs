namespace ScenarioSim.Reporting.Charts;

/// <summary>One uncertain parameter of a contribution chart: its share of a metric's variance and its rank correlation with the metric.</summary>
/// <param name="Parameter">The parameter's path, e.g. <c>regions[0].militia.base_rate</c>.</param>
/// <param name="Contribution">The share of the metric's variance it explains, from 0 to 1 (the report draws ρ²).</param>
/// <param name="RankCorrelation">The signed Spearman rank correlation between its draws and the metric, from −1 to 1.</param>
public sealed record ContributionRow(string Parameter, double Contribution, double RankCorrelation);
