namespace ScenarioSim.Analysis;

/// <summary>A sweep's first-order metamodel of one metric's mean (see <see cref="SweepMetamodel"/>).</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Points">Points used: those where the metric has a mean.</param>
/// <param name="Intercept">The intercept: the fitted mean at the middle of every range.</param>
/// <param name="Terms">One term per varied factor, in the sweep's parameter order.</param>
/// <param name="RSquared">Share of the variance of the point means the model explains (NaN when they do not vary).</param>
/// <param name="Note">Why there is no fit (too few points, collinear factors, a mean the same at every point), or <see langword="null"/>.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record MetricMetamodel(string Metric, int Points, MetamodelTerm? Intercept, IReadOnlyList<MetamodelTerm> Terms, double RSquared, string? Note)
{
    /// <summary>The terms ranked by the size of their effect, largest first (ties in parameter order): which factors matter most.</summary>
    public IReadOnlyList<MetamodelTerm> Ranked => [.. Terms.OrderByDescending(t => Math.Abs(t.Estimate))];
}
