namespace ScenarioSim.Calibration;

/// <summary>The forecast probability that a row's count reaches a threshold, and its Brier score.</summary>
/// <param name="Threshold">The event is <c>count ≥ Threshold</c>.</param>
/// <param name="Probability">Share of simulated counts at or above the threshold.</param>
/// <param name="Occurred">Whether the observed count reached it.</param>
/// <param name="Brier">(Probability − outcome)².</param>
internal sealed record ThresholdForecast(long Threshold, double Probability, bool Occurred, double Brier);
