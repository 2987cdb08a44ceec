namespace ScenarioSim.Calibration;

/// <summary>How a day's militia attacks in a region are distributed given the escalation state.</summary>
internal enum ObservationModel
{
    /// <summary>Poisson with mean λ_r(t), as the engine simulates.</summary>
    Poisson,

    /// <summary>
    /// Gamma-Poisson (negative binomial) with mean λ_r(t) and size κ: each region-day's intensity carries
    /// an independent mean-1 gamma factor, so the variance is λ + λ²/κ. Poisson is the limit κ → ∞.
    /// </summary>
    NegativeBinomial,
}
