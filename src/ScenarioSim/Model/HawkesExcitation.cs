namespace ScenarioSim.Model;

/// <summary>
/// Discrete-time self-excitation: <c>H(t+1) = H(t)·exp(-1/decay_days) + alpha·N(t)</c>, added to the
/// region's attack intensity. The branching ratio must be below 1.
/// </summary>
/// <param name="Alpha">Intensity added per attack, ≥ 0.</param>
/// <param name="DecayDays">E-folding time of the excitation in days, &gt; 0.</param>
public sealed record HawkesExcitation(double Alpha, double DecayDays)
{
    /// <summary>
    /// Expected attacks triggered per attack, <c>n = alpha / (1 − exp(−1/decay_days))</c>; the process is
    /// explosive when <c>n ≥ 1</c>.
    /// </summary>
    public double BranchingRatio => Alpha / (1 - Math.Exp(-1 / DecayDays));
}
