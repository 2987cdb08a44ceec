namespace ScenarioSim.Reporting;

/// <summary>Sobol indices of one parameter with their 95% intervals (an entry of sensitivity.json's <c>indices</c>).</summary>
/// <param name="Parameter">The parameter's path, e.g. <c>regions.anbar.militia.base_rate</c>.</param>
/// <param name="S1">First-order index: the share of output variance due to this parameter alone.</param>
/// <param name="S1Low">Lower end of S1's 95% interval.</param>
/// <param name="S1High">Upper end of S1's 95% interval.</param>
/// <param name="ST">Total index: the share including all interactions with other parameters.</param>
/// <param name="STLow">Lower end of ST's 95% interval.</param>
/// <param name="STHigh">Upper end of ST's 95% interval.</param>
public sealed record SensitivityIndex(string Parameter, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh);
