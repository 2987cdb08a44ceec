namespace ScenarioSim.Results;

/// <summary>An answer to a <c>report.thresholds</c> question: <c>P(Metric ≥ Threshold)</c>.</summary>
/// <param name="Metric">The metric's name.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Probability">The probability with its Wilson interval.</param>
public sealed record ExceedanceProbability(string Metric, double Threshold, Proportion Probability);
