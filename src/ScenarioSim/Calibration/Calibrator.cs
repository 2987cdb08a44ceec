using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// Runs a calibration: militia parameters by exact maximum likelihood, ISIS parameters by simulated
/// moments, then every observed row against the fitted scenario's simulated counts.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Calibrator
{
    /// <summary>Fits <paramref name="parameters"/> to <paramref name="data"/> and checks the fit.</summary>
    /// <param name="scenario">The scenario; its values are the starting point.</param>
    /// <param name="data">The observations.</param>
    /// <param name="parameters">The parameters to fit.</param>
    /// <param name="observation">The militia count distribution; <see langword="null"/> chooses by AIC.</param>
    /// <param name="replications">Replications for the ISIS moments and the predictive checks.</param>
    /// <param name="seed">The seed of every simulation.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The report.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The data cannot be used as asked, or the scenario cannot be fitted (random troop levels or militia events).</exception>
    public static CalibrationReport Run(
        Scenario scenario, ObservationSet data, IReadOnlyList<FitParameter> parameters, ObservationModel? observation,
        int replications, ulong seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        MilitiaFitResult? militia = null;
        IsisFitResult? isis = null;
        if (parameters.Any(p => p.Component == FitComponent.Militia))
        {
            militia = MilitiaCalibration.Fit(scenario, data, parameters, observation);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (parameters.Any(p => p.Component == FitComponent.Isis))
        {
            isis = IsisCalibration.Fit(scenario, data, parameters, replications, seed, cancellationToken);
        }

        var estimates = parameters.Select(p => (militia?.Parameters ?? []).Concat(isis?.Parameters ?? []).First(e => e.Path == p.Path).Estimate).ToArray();
        var fitted = FitParameter.Apply(scenario, parameters, estimates);
        var samples = ObservationSampler.Sample(fitted, data.Rows, replications, seed, cancellationToken);
        return new CalibrationReport
        {
            Scenario = scenario,
            Data = data,
            Parameters = parameters,
            Militia = militia,
            Isis = isis,
            Fitted = fitted,
            Checks = PredictiveCheck.Compare(data.Rows, samples),
            Replications = replications,
            Seed = seed,
        };
    }
}
