namespace ScenarioSim.Forecasting;

/// <summary>One origin of a rolling back-test: the window scored and each model's forecast of its total.</summary>
/// <param name="Origin">The last day of the training data.</param>
/// <param name="First">The first day of the scored window (the day after the origin).</param>
/// <param name="Last">The last day of the scored window (a row boundary).</param>
/// <param name="Observed">The observed militia attacks in the window, all regions.</param>
/// <param name="TrainingRows">The <c>militia_attacks</c> rows ending on or before the origin.</param>
/// <param name="Conditioning">The state the conditioned forecast started from.</param>
/// <param name="Conditioned">The scenario conditioned on the training data.</param>
/// <param name="Unconditioned">The scenario run from its start, blind to the data.</param>
/// <param name="NegbinConstant">A constant-rate negative binomial fitted to the training data.</param>
/// <param name="Persistence">Poisson at the rate of the last horizon's days before the origin.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record RollingOrigin(
    DateOnly Origin, DateOnly First, DateOnly Last, long Observed, int TrainingRows, Conditioning Conditioning,
    HorizonForecast Conditioned, HorizonForecast Unconditioned, HorizonForecast NegbinConstant, HorizonForecast Persistence)
{
    /// <summary>The names of the models, in the order of <see cref="Forecasts"/>: <c>conditioned</c>, <c>unconditioned</c>, <c>negbin_constant</c>, <c>persistence</c>.</summary>
    public static readonly IReadOnlyList<string> ModelNames = ["conditioned", "unconditioned", "negbin_constant", "persistence"];

    /// <summary>The days scored.</summary>
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>The forecasts in the order of <see cref="ModelNames"/>.</summary>
    public IReadOnlyList<HorizonForecast> Forecasts => [Conditioned, Unconditioned, NegbinConstant, Persistence];
}
