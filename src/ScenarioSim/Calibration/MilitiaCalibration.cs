using System.Globalization;
using ScenarioSim.Diagnostics;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// Fits militia parameters by exact maximum likelihood (<see cref="MilitiaLikelihood"/>): Poisson or
/// negative-binomial counts; when the scenario has self-excitation the same fits without it are made too.
/// With the observation model left open (<c>auto</c>) the lowest AIC among all of them (Poisson or
/// negative binomial, with or without self-excitation) is reported; otherwise the scenario's excitation
/// with the given model, the others listed for comparison.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class MilitiaCalibration
{
    /// <summary>The path under which the negative-binomial size κ is reported.</summary>
    public const string NegativeBinomialSizePath = "observation.negative_binomial_size";

    private const double NegativeBinomialStart = 10;

    /// <summary>Fits <paramref name="parameters"/> (militia ones) to the <c>militia_attacks</c> rows of <paramref name="data"/>.</summary>
    /// <param name="scenario">The scenario; its values are the starting point.</param>
    /// <param name="data">The observations.</param>
    /// <param name="parameters">The parameters to fit; ISIS ones are ignored.</param>
    /// <param name="observation">The count distribution; <see langword="null"/> fits both, with and without self-excitation, and keeps the lowest AIC.</param>
    /// <param name="intervals">False to skip the profile-likelihood intervals (they cost most of the time).</param>
    /// <returns>The estimates, intervals, likelihood and model comparison.</returns>
    /// <exception cref="InvalidInputException">The data cannot be used, or the fit fails numerically (located at the row to blame).</exception>
    /// <exception cref="Diagnostics.InvalidInputException">The scenario's troop levels or militia events are random.</exception>
    public static MilitiaFitResult Fit(
        Scenario scenario, ObservationSet data, IReadOnlyList<FitParameter> parameters, ObservationModel? observation = null, bool intervals = true)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        var militia = parameters.Where(p => p.Component == FitComponent.Militia).ToArray();
        var likelihood = new MilitiaLikelihood(scenario, data);
        string excitation = scenario.Militia.Hawkes is null ? "none" : "hawkes";
        ObservationModel[] models = observation is { } given ? [given] : [ObservationModel.Poisson, ObservationModel.NegativeBinomial];

        var candidates = models.Select(m => new Candidate(excitation, m, scenario, likelihood, militia, FitOne(scenario, data.File, likelihood, militia, m))).ToList();
        if (scenario.Militia.Hawkes is not null)
        {
            // The same models without self-excitation: with auto they compete, otherwise they are reported for comparison.
            var plain = scenario with { Militia = scenario.Militia with { Hawkes = null } };
            var plainParameters = militia.Where(p => !IsHawkes(p)).ToArray();
            var plainLikelihood = new MilitiaLikelihood(plain, data);
            foreach (var m in models)
            {
                try
                {
                    candidates.Add(new Candidate("none", m, plain, plainLikelihood, plainParameters, FitOne(plain, data.File, plainLikelihood, plainParameters, m)));
                }
                catch (InvalidInputException)
                {
                    // Data the model without excitation cannot explain at all: it is no candidate.
                }
            }
        }

        var eligible = observation is null ? candidates : candidates.Where(c => c.Excitation == excitation).ToList();
        var best = eligible.MinBy(c => c.Aic)!;
        var comparisons = candidates.Select(c => new ModelComparison(c.Excitation, c.Model, c.Fit.MaximumLogLikelihood, c.Fit.Estimate.Length, c.Aic, ReferenceEquals(c, best))).ToList();
        var result = Describe(best.Scenario, best.Likelihood, best.Parameters, best.Model, best.Fit, best.Excitation, comparisons, intervals);
        return best.Parameters.Count == militia.Length ? result : WithoutExcitation(scenario, militia, result);
    }

    private static bool IsHawkes(FitParameter parameter) => parameter.Path.StartsWith("militia.hawkes.", StringComparison.Ordinal);

    /// <summary>
    /// The report when AIC chose the model without self-excitation although the scenario has it: the Hawkes
    /// parameters are reported as excluded, alpha as 0 (which is that model) and the decay at the scenario's value.
    /// </summary>
    private static MilitiaFitResult WithoutExcitation(Scenario scenario, IReadOnlyList<FitParameter> militia, MilitiaFitResult plain)
    {
        var estimates = militia.Select(p => IsHawkes(p)
            ? new ParameterEstimate(p.Path, p.Target.Field == "alpha" ? 0 : p.Target.Read(scenario), double.NaN, double.NaN, double.NaN, ParameterEstimate.Excluded)
            : plain.Parameters.First(e => e.Path == p.Path)).ToArray();
        return plain with
        {
            Parameters = estimates,
            Fitted = FitParameter.Apply(scenario, militia, estimates.Select(e => e.Estimate).ToArray()),
            Warnings = [.. plain.Warnings, "AIC prefers the model without self-excitation: militia.hawkes.alpha is reported as 0 (no excitation) and the other Hawkes parameters are not fitted"],
        };
    }

    private static IReadOnlyList<FitParameter> WithSize(IReadOnlyList<FitParameter> parameters, ObservationModel model) =>
        model == ObservationModel.Poisson
            ? parameters
            : [.. parameters, new FitParameter(
                new ParameterTarget(NegativeBinomialSizePath, "negative_binomial_size", null, FitComponent.Militia, 0, double.PositiveInfinity, false),
                0, double.PositiveInfinity, NegativeBinomialStart)];

    /// <summary>Maximises the likelihood of one model; a maximum that is not finite is a numerical failure, reported at the row to blame.</summary>
    private static LikelihoodFit FitOne(Scenario scenario, string file, MilitiaLikelihood likelihood, IReadOnlyList<FitParameter> parameters, ObservationModel model)
    {
        var all = WithSize(parameters, model);
        int p = parameters.Count;
        double Size(double[] values) => model == ObservationModel.Poisson ? double.PositiveInfinity : values[p];
        double LogLikelihood(double[] values) =>
            likelihood.LogLikelihood(FitParameter.Apply(scenario, parameters, values), model, Size(values));

        var fit = LikelihoodFit.Maximize(LogLikelihood, all);
        if (!double.IsFinite(fit.MaximumLogLikelihood) || fit.MaximumLogLikelihood <= -BoundedMinimizer.Infeasible)
        {
            throw new InvalidInputException([likelihood.DescribeFailure(file, FitParameter.Apply(scenario, parameters, fit.Estimate), model, Size(fit.Estimate))]);
        }

        return fit;
    }

    /// <summary>One fitted candidate model.</summary>
    private sealed record Candidate(
        string Excitation, ObservationModel Model, Scenario Scenario, MilitiaLikelihood Likelihood, IReadOnlyList<FitParameter> Parameters, LikelihoodFit Fit)
    {
        public double Aic => (2.0 * Fit.Estimate.Length) - (2 * Fit.MaximumLogLikelihood);
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
            Covariance = fit.Covariance is { } c
                ? new UnboundedCovariance(all.Select(x => x.Path).ToArray(), Enumerable.Range(0, all.Count).Select(i => (IReadOnlyList<double>)Enumerable.Range(0, all.Count).Select(j => c[i, j]).ToArray()).ToArray())
                : null,
            Warnings = warnings,
        };
    }
}
