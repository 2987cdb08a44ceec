namespace ScenarioSim.Engine;

/// <summary>
/// The militia intensity's scalar formulas (docs/model.md, section 4): the likelihood and the forecast
/// filter call these; the engine's block step computes the same at vector width
/// (<see cref="BlockDays{TVector}.MilitiaIntensity"/>), and a test holds the two together. Exposure
/// and the Hawkes decay factor are <see cref="ScenarioCompiler"/>'s; the escalation chain's moves are
/// <see cref="EscalationMoves"/>'.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
internal static class MilitiaIntensity
{
    /// <summary>λ = (b·B·E)·M + H: the day's base intensity b·B·E (0 without troops), the state's multiplier M, the excitation H.</summary>
    /// <param name="baseIntensity">base_rate · event factor · exposure for the region and day.</param>
    /// <param name="multiplier">The escalation state's militia_multiplier.</param>
    /// <param name="excitation">H_r(t), the Hawkes excitation the day starts with (0 without troops).</param>
    public static double Of(double baseIntensity, double multiplier, double excitation) =>
        (baseIntensity * multiplier) + excitation;

    /// <summary>H(t+1) = H(t)·exp(−1/decay_days) + α·N(t), as the engine updates it after the day's attacks.</summary>
    /// <param name="excitation">H(t).</param>
    /// <param name="decayFactor">exp(−1/decay_days) (<see cref="ScenarioCompiler.HawkesDecayFactor"/>).</param>
    /// <param name="alpha">α.</param>
    /// <param name="attacks">N(t).</param>
    public static double NextExcitation(double excitation, double decayFactor, double alpha, double attacks) =>
        (excitation * decayFactor) + (alpha * attacks);
}
