namespace ScenarioSim.Forecasting;

/// <summary>
/// One origin of a rolling back-test as its <c>backtest.json</c> holds it (<see cref="RollingBacktestFile.Origins"/>):
/// the window scored, what the conditioned forecast started from, and each model's forecast of the window's total.
/// </summary>
/// <param name="Origin">The last day of the training data.</param>
/// <param name="First">The first day of the scored window.</param>
/// <param name="Last">The last day of the scored window.</param>
/// <param name="Days">The days scored.</param>
/// <param name="Observed">The observed militia attacks in the window, all regions.</param>
/// <param name="TrainingRows">The <c>militia_attacks</c> rows ending on or before the origin.</param>
/// <param name="LogLikelihood">The log-likelihood of the training counts (<see cref="Conditioning.LogLikelihood"/>).</param>
/// <param name="StateProbabilities">P(S_origin = state | training counts), by state name in the chain's order.</param>
/// <param name="Conditioned">The scenario conditioned on the training data.</param>
/// <param name="Unconditioned">The scenario run from its start, blind to the data.</param>
/// <param name="NegbinConstant">A constant-rate negative binomial fitted to the training data.</param>
/// <param name="Persistence">Poisson at the rate of the last horizon's days before the origin.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RollingBacktestOrigin(
    DateOnly Origin,
    DateOnly First,
    DateOnly Last,
    int Days,
    long Observed,
    int TrainingRows,
    double LogLikelihood,
    IReadOnlyDictionary<string, double> StateProbabilities,
    HorizonForecast Conditioned,
    HorizonForecast Unconditioned,
    HorizonForecast NegbinConstant,
    HorizonForecast Persistence);
