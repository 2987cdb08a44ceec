namespace ScenarioSim.Analysis;

/// <summary>
/// What <c>sweep.json</c> holds, and what <see cref="SweepOutput.ReadJson"/> reads back: the design, how
/// correlated its factors are over the points, and each metric's first-order metamodel (<see cref="SweepMetamodel"/>).
/// </summary>
/// <param name="Design">How the points were chosen: <c>grid</c>, <c>latin-hypercube</c> or <c>nolh</c>.</param>
/// <param name="Points">The number of points.</param>
/// <param name="Seed">The seed every point ran with.</param>
/// <param name="Replications">Replications per point.</param>
/// <param name="Factors">The factors' ranges, in the order given.</param>
/// <param name="MaxAbsCorrelation">The largest absolute correlation between two factors over the points.</param>
/// <param name="ConditionNumber">The condition number of the factors' correlation matrix.</param>
/// <param name="Metamodels">Each metric's metamodel, in metric order.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record SweepAnalysis(
    string Design,
    int Points,
    ulong Seed,
    int Replications,
    IReadOnlyList<ParameterRange> Factors,
    double MaxAbsCorrelation,
    double ConditionNumber,
    IReadOnlyList<MetricMetamodel> Metamodels)
{
    /// <summary>The design and metamodels of <paramref name="sweep"/>, as <c>sweep.json</c> holds them.</summary>
    internal static SweepAnalysis Of(SweepResult sweep)
    {
        var (maxCorrelation, condition) = SweepMetamodel.DesignCorrelation(sweep);
        return new(sweep.Design, sweep.Points.Count, sweep.Seed, sweep.Replications, sweep.Parameters, maxCorrelation, condition, SweepMetamodel.Fit(sweep));
    }
}
