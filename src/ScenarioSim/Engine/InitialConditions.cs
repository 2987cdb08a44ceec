using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// Where a conditioned run starts instead of the scenario's day-0 defaults (docs/model.md,
/// "Forecasts conditioned on observations"): each replication's escalation state on day 0 drawn from
/// a probability vector, and each region's Hawkes excitation H_r(0). Events dated before the start
/// keep their remaining days.
/// </summary>
/// <param name="StateCumulative">Cumulative probabilities of the states on day 0, in state order; the last is 1.</param>
/// <param name="Excitation">H_r(0) per region, in region order.</param>
/// <remarks>Immutable after construction and shared by every worker.</remarks>
internal sealed record InitialConditions(double[] StateCumulative, double[] Excitation)
{
    /// <summary>
    /// Each lane's day-0 state: one uniform from the lane's escalation stream, the first state whose
    /// cumulative probability exceeds it.
    /// </summary>
    public BlockVector DrawStates(ref Xoshiro256StarStarBlock escalation)
    {
        var u = escalation.NextDouble();
        var state = BlockVector.Zero;
        for (int k = 0; k < StateCumulative.Length - 1; k++)
        {
            state += BlockVector.GreaterThanOrEqual(u, BlockVector.Create(StateCumulative[k])) & BlockVector.One;
        }

        return state;
    }
}
