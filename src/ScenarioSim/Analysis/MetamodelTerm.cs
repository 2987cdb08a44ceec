namespace ScenarioSim.Analysis;

/// <summary>
/// One coefficient of a sweep's first-order metamodel: the change in the metric's mean per unit of the
/// coded factor, i.e. half the change from the low to the high end of the factor's range.
/// </summary>
/// <param name="Factor">The parameter path, or <c>(intercept)</c>.</param>
/// <param name="Estimate">The least-squares coefficient.</param>
/// <param name="Se">Its standard error (NaN when the fit has no residual degrees of freedom).</param>
/// <param name="Ci95Low">Lower end of the 95% Student-t interval.</param>
/// <param name="Ci95High">Upper end of the 95% Student-t interval.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record MetamodelTerm(string Factor, double Estimate, double Se, double Ci95Low, double Ci95High)
{
    /// <summary>True when the 95% interval excludes 0.</summary>
    public bool Significant => Ci95Low > 0 || Ci95High < 0;
}
