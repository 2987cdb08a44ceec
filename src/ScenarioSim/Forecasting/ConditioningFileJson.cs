namespace ScenarioSim.Forecasting;

/// <summary>
/// <c>conditioning.json</c> as written by <see cref="ConditioningJson"/> (nothing reads it back): the origin, the
/// filtered state probabilities (state name → probability), the excitation at the start of the first forecast day
/// (region id → H), the log-likelihood and the rows used. Names are the members' snake_case
/// (<see cref="ConditioningJsonContext"/>); a NaN number is written as <c>null</c>.
/// </summary>
/// <param name="Origin">The last day whose observations are used.</param>
/// <param name="StateProbabilities">By state name, in the chain's order.</param>
/// <param name="Excitation">By region id, in the scenario's order.</param>
/// <param name="LogLikelihood">The log-likelihood of the militia counts up to the origin.</param>
/// <param name="Rows">The <c>militia_attacks</c> rows used.</param>
internal sealed record ConditioningFileJson(
    DateOnly Origin,
    OrderedDictionary<string, double> StateProbabilities,
    OrderedDictionary<string, double> Excitation,
    double LogLikelihood,
    int Rows);
