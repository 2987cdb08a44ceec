namespace ScenarioSim.Engine;

/// <summary>
/// The escalation chain's move formulas (docs/model.md, section 3): the daily leave probability and
/// the cumulative weights the compiler and the lanes compute, and the transition probabilities they
/// give under the engine's draw. The likelihood's transition matrix is built from these, so it is the
/// chain the engine moves, to the last bit of the compiled numbers.
/// </summary>
/// <remarks>Pure and thread-safe.</remarks>
internal static class EscalationMoves
{
    /// <summary>Daily probability of leaving an escalation state: 1 / mean_duration_days, 0 for a state without one.</summary>
    /// <param name="meanDurationDays">The state's mean_duration_days, or <see langword="null"/>.</param>
    public static double LeaveProbability(double? meanDurationDays) => meanDurationDays is { } d ? 1 / d : 0;

    /// <summary>
    /// Cumulative normalised weights of a state's moves: <c>cumulative[k] = (w_0 + … + w_k) / (w_0 + … + w_last)</c>,
    /// summed in move order.
    /// </summary>
    /// <param name="weights">The weights of the state's compiled moves, in order.</param>
    /// <param name="cumulative">Receives one value per move.</param>
    public static void CumulativeWeights(ReadOnlySpan<double> weights, Span<double> cumulative)
    {
        double total = 0;
        foreach (double weight in weights)
        {
            total += weight;
        }

        double running = 0;
        for (int k = 0; k < weights.Length; k++)
        {
            running += weights[k];
            cumulative[k] = running / total;
        }
    }

    /// <summary>
    /// The probability that a chain leaving its state takes move <paramref name="move"/>. The engine
    /// takes the first move whose cumulative weight exceeds a uniform u in [0, 1), and the last move
    /// when none does: <c>P(k) = cumulative[k] − cumulative[k−1]</c> (with <c>cumulative[−1] = 0</c>),
    /// and <c>P(last) = 1 − cumulative[last−1]</c>.
    /// </summary>
    /// <param name="cumulative">The state's cumulative weights (<see cref="CumulativeWeights"/>); not empty.</param>
    /// <param name="move">A move index into <paramref name="cumulative"/>.</param>
    public static double MoveProbability(ReadOnlySpan<double> cumulative, int move)
    {
        double below = move == 0 ? 0 : cumulative[move - 1];
        double upTo = move == cumulative.Length - 1 ? 1 : cumulative[move];
        return upTo - below;
    }

    /// <summary>
    /// One row of the chain's daily transition matrix: stay with <c>1 − leave</c>, take move k to
    /// <c>targets[k]</c> with <c>leave · P(k)</c> (<see cref="MoveProbability"/>). A state without a
    /// move stays (the validator refuses a duration without a next state; a fit may not add one).
    /// </summary>
    /// <param name="from">The state the row is for.</param>
    /// <param name="leave">Its leave probability.</param>
    /// <param name="cumulative">Its moves' cumulative weights.</param>
    /// <param name="targets">Its moves' target states, matching <paramref name="cumulative"/>.</param>
    /// <param name="row">Receives the probabilities, one per state; cleared first.</param>
    public static void TransitionRow(int from, double leave, ReadOnlySpan<double> cumulative, ReadOnlySpan<int> targets, Span<double> row)
    {
        row.Clear();
        if (targets.Length == 0)
        {
            row[from] = 1;
            return;
        }

        row[from] = 1 - leave;
        for (int k = 0; k < targets.Length; k++)
        {
            row[targets[k]] += leave * MoveProbability(cumulative, k);
        }
    }
}
