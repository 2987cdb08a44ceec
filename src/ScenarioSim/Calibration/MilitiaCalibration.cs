using System.Globalization;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// Fits militia parameters by exact maximum likelihood (<see cref="MilitiaLikelihood"/>): Poisson or
/// negative-binomial counts, or both with the lower AIC chosen; when the scenario has self-excitation
/// the same fit without it is reported too, so AIC compares Poisson and Hawkes intensities.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class MilitiaCalibration
{
    /// <summary>The path under which the negative-binomial size κ is reported.</summary>
    public const string NegativeBinomialSizePath = "observation.negative_binomial_size";

    private const double NegativeBinomialStart = 10;

    /// <summary>Fits <paramref name="parameters"/> (militia ones) to the <c>militia_attacks</c> rows of <paramref name="data"/>.</summary>
    /// <param name="scenario">The scenario; its values are the starting point.</param>
    /// <param name="data">The observations.</param>
    /// <param name="parameters">The parameters to fit; ISIS ones are ignored.</param>
    /// <param name="observation">The count distribution; <see langword="null"/> fits both and keeps the lower AIC.</param>
    /// <param name="intervals">False to skip the profile-likelihood intervals (they cost most of the time).</param>
    /// <returns>The estimates, intervals, likelihood and model comparison.</returns>
    /// <exception cref="ObservationDataException">The data cannot be used.</exception>
    /// <exception cref="Diagnostics.ScenarioValidationException">The scenario's troop levels or militia events are random.</exception>
    public static MilitiaFitResult Fit(
        Scenario scenario, ObservationSet data, IReadOnlyList<FitParameter> parameters, ObservationModel? observation = null, bool intervals = true)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        var militia = parameters.Where(p => p.Component == FitComponent.Militia).ToArray();
        var likelihood = new MilitiaLikelihood(scenario, data);
        string excitation = scenario.Militia.Hawkes is null ? "none" : "hawkes";

        var models = new List<ObservationModel>();
        if (observation is null or ObservationModel.Poisson)
        {
            models.Add(ObservationModel.Poisson);
        }

        if (observation is null or ObservationModel.NegativeBinomial)
        {
            models.Add(ObservationModel.NegativeBinomial);
        }

        var fits = models.Select(m => (Model: m, Fit: FitOne(scenario, likelihood, militia, m))).ToList();
        var best = fits.MinBy(f => Aic(f.Fit, f.Fit.Estimate.Length))!;
        var comparisons = fits.Select(f => new ModelComparison(excitation, f.Model, f.Fit.MaximumLogLikelihood, f.Fit.Estimate.Length, Aic(f.Fit, f.Fit.Estimate.Length), ReferenceEquals(f.Fit, best.Fit))).ToList();

        if (scenario.Militia.Hawkes is not null)
        {
            var plain = scenario with { Militia = scenario.Militia with { Hawkes = null } };
            var plainParameters = militia.Where(p => !p.Path.StartsWith("militia.hawkes.", StringComparison.Ordinal)).ToArray();
            var plainFit = FitOne(plain, new MilitiaLikelihood(plain, data), plainParameters, best.Model);
            comparisons.Add(new ModelComparison("none", best.Model, plainFit.MaximumLogLikelihood, plainFit.Estimate.Length, Aic(plainFit, plainFit.Estimate.Length), false));
        }

        return Describe(scenario, likelihood, militia, best.Model, best.Fit, excitation, comparisons, intervals);
    }

    private static double Aic(LikelihoodFit fit, int k) => (2.0 * k) - (2 * fit.MaximumLogLikelihood);

    private static IReadOnlyList<FitParameter> WithSize(IReadOnlyList<FitParameter> parameters, ObservationModel model) =>
        model == ObservationModel.Poisson
            ? parameters
            : [.. parameters, new FitParameter(
                new ParameterTarget(NegativeBinomialSizePath, "negative_binomial_size", null, FitComponent.Militia, 0, double.PositiveInfinity, false),
                0, double.PositiveInfinity, NegativeBinomialStart)];

    private static LikelihoodFit FitOne(Scenario scenario, MilitiaLikelihood likelihood, IReadOnlyList<FitParameter> parameters, ObservationModel model)
    {
        var all = WithSize(parameters, model);
        int p = parameters.Count;
        double LogLikelihood(double[] values)
        {
            var candidate = FitParameter.Apply(scenario, parameters, values);
            return likelihood.LogLikelihood(candidate, model, model == ObservationModel.Poisson ? double.PositiveInfinity : values[p]);
        }

        return LikelihoodFit.Maximize(LogLikelihood, all);
    }

    private static MilitiaFitResult Describe(
        Scenario scenario, MilitiaLikelihood likelihood, IReadOnlyList<FitParameter> parameters, ObservationModel model,
        LikelihoodFit fit, string excitation, IReadOnlyList<ModelComparison> comparisons, bool intervals)
    {
        var all = WithSize(parameters, model);
        var warnings = new List<string>();
        double[] se = fit.StandardErrors();
        if (Enumerable.Range(0, all.Count).Any(i => !fit.AtBound(i)) && fit.Covariance is null)
        {
            warnings.Add("the information matrix is not positive definite at the estimate: some parameters are not identified by these data (standard errors are not available); fix one of each confounded pair, e.g. a base rate and the multiplier of every state");
        }

        var estimates = new List<ParameterEstimate>();
        for (int i = 0; i < all.Count; i++)
        {
            double low = double.NaN;
            double high = double.NaN;
            if (intervals)
            {
                (low, high) = fit.ProfileInterval(i);
            }

            if (fit.AtBound(i))
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{all[i].Path} is at the edge of its range ({fit.Estimate[i]:G6}); the data do not bound it there"));
            }

            estimates.Add(new ParameterEstimate(all[i].Path, fit.Estimate[i], se[i], low, high, "profile"));
        }

        return new MilitiaFitResult
        {
            Observation = model,
            Excitation = excitation,
            Parameters = estimates.Take(parameters.Count).ToArray(),
            NegativeBinomialSize = model == ObservationModel.NegativeBinomial ? estimates[^1] : null,
            LogLikelihood = fit.MaximumLogLikelihood,
            ParameterCount = all.Count,
            Rows = likelihood.RowCount,
            Fitted = FitParameter.Apply(scenario, parameters, fit.Estimate),
            Models = comparisons,
            Warnings = warnings,
        };
    }
}
