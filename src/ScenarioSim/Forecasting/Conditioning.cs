using ScenarioSim.Engine;

namespace ScenarioSim.Forecasting;

/// <summary>
/// What a forecast knows at its origin (docs/model.md, "Forecasts conditioned on observations"): the
/// filtered escalation state after the origin's observations, the Hawkes excitation at the start of
/// the first forecast day, and the log-likelihood of the militia counts up to the origin.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record Conditioning
{
    /// <summary>The last day whose observations are used; the forecast starts the day after.</summary>
    public required DateOnly Origin { get; init; }

    /// <summary>P(S_origin = state | observations up to the origin), by state name in the chain's order; empty without an escalation chain.</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> StateProbabilities { get; init; }

    /// <summary>H_r(origin + 1) per region id, in the scenario's region order; zeros without a Hawkes block.</summary>
    public required IReadOnlyList<KeyValuePair<string, double>> Excitation { get; init; }

    /// <summary>The log-likelihood of the militia counts up to the origin (Poisson counts, exact).</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>The number of <c>militia_attacks</c> rows used (those ending on or before the origin).</summary>
    public required int Rows { get; init; }

    /// <summary>P(S_origin+1 | observations up to the origin) in state order: the day-0 draw of the forecast.</summary>
    internal double[] FirstDayStateProbabilities { get; init; } = [];

    /// <summary>The engine's form: cumulative day-0 state probabilities and H_r(0).</summary>
    internal InitialConditions ToInitialConditions()
    {
        var p = FirstDayStateProbabilities;
        double total = p.Sum();
        var cumulative = new double[Math.Max(1, p.Length)];
        double running = 0;
        for (int k = 0; k < p.Length; k++)
        {
            running += p[k] / total;
            cumulative[k] = running;
        }

        cumulative[^1] = 1;
        return new InitialConditions(cumulative, Excitation.Select(e => e.Value).ToArray());
    }
}
