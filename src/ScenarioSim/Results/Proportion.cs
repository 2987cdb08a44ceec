namespace ScenarioSim.Results;

/// <summary>A probability estimated from replications, with its 95% Wilson score interval.</summary>
/// <param name="Successes">Replications in which the event happened.</param>
/// <param name="Trials">Replications counted.</param>
/// <param name="Probability">Successes / trials.</param>
/// <param name="Ci95Low">Lower end of the 95% Wilson interval.</param>
/// <param name="Ci95High">Upper end of the 95% Wilson interval.</param>
public sealed record Proportion(long Successes, long Trials, double Probability, double Ci95Low, double Ci95High);
