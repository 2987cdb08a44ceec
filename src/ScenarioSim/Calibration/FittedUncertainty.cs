using MathNet.Numerics.Distributions;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// The fitted parameters as uncertain parameters: each estimate's sampling distribution, normal on the
/// optimiser's scale (docs/calibration.md, "Calibrated uncertainty"), written in the scenario format's
/// uncertain-parameter syntax with the rank correlations between them. On the log scale with a lower
/// bound of 0 that distribution is exactly a lognormal; elsewhere (logit between two bounds, a positive
/// lower bound, or a parameter that must stay above 0) it is written as the beta distribution with the
/// same mean and variance on the range the optimiser's scale reaches within 5 standard errors, since the
/// scenario format has no logit-normal or shifted lognormal. A Gaussian copula
/// keeps the normal-scale correlations whatever the marginals, so the ranks are exact in both cases.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record FittedUncertainty
{
    /// <summary>The rank correlation written between the regions that share one fitted multiplier (1 itself is not allowed).</summary>
    public const double SharedMultiplierRank = 0.999;

    /// <summary>Standard errors on the optimiser's scale at which a beta is cut (the normal's 3·10⁻⁷ tails).</summary>
    private const double TruncatedReach = 5;

    /// <summary>A standard error on the optimiser's scale above this (a factor e⁶ either way at 2 sd) means the data do not identify the parameter: it is kept at its estimate.</summary>
    private const double Unidentified = 3;

    /// <summary>Rank correlations smaller than this are not written.</summary>
    private const double NegligibleRank = 1e-3;

    /// <summary>Parameters the scenario requires to be above 0, not ≥ 0 (docs/scenario-format.md): a lognormal's range reaches 0, so they get a beta cut at 5 sd.</summary>
    private static readonly string[] StrictlyPositive = ["exposure_ref", "hawkes.decay_days", "carrying_capacity", "troops_ref"];

    /// <summary>Parameters with a sampling distribution, as override-file paths (the shared multiplier as each region's rate).</summary>
    public required IReadOnlyList<UncertainParameter> Parameters { get; init; }

    /// <summary>Parameters without one (on a bound, excluded by the model choice, or not identified: a singular information matrix or a standard error above 3 on the optimiser's scale): their point estimates.</summary>
    public required IReadOnlyList<(string Path, double Value)> Fixed { get; init; }

    /// <summary>Rank correlations between <see cref="Parameters"/>, from the covariance on the optimiser's scale.</summary>
    public required IReadOnlyList<ParameterCorrelation> Correlations { get; init; }

    /// <summary>The sampling distributions of a calibration's estimates.</summary>
    /// <param name="report">The calibration.</param>
    /// <returns>The uncertain parameters, the fixed ones and their correlations.</returns>
    public static FittedUncertainty From(CalibrationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var apart = FitParameter.FittedApart(report.Parameters);
        var uncertain = new List<UncertainParameter>();
        var fixedValues = new List<(string, double)>();
        var sources = new List<(FitParameter Parameter, string Path)>();
        foreach (var (parameter, estimate) in report.Parameters.Zip(report.Estimates))
        {
            double u = parameter.ToUnbounded(estimate.Estimate);
            double sdU = UnboundedStandardError(report, parameter, estimate, u);
            var overrides = parameter.Target.Overrides(estimate.Estimate, report.Scenario, apart).ToArray();
            if (!double.IsFinite(u) || !(sdU > 0) || !(sdU <= Unidentified))
            {
                fixedValues.AddRange(overrides);
                continue;
            }

            var natural = Sampling(parameter, u, sdU);
            foreach (var (path, value) in overrides)
            {
                // A shared multiplier scales each region's own rate: the same distribution, scaled.
                double factor = parameter.Target.IsSharedMultiplier ? value / estimate.Estimate : 1;
                uncertain.Add(new UncertainParameter(path, Scaled(natural, factor)));
                sources.Add((parameter, path));
            }
        }

        return new FittedUncertainty { Parameters = uncertain, Fixed = fixedValues, Correlations = RankCorrelations(report, sources) };
    }

    private static double UnboundedStandardError(CalibrationReport report, FitParameter parameter, ParameterEstimate estimate, double u)
    {
        if (estimate.IntervalMethod == ParameterEstimate.Excluded)
        {
            return double.NaN;
        }

        if (parameter.Component == FitComponent.Militia)
        {
            return Math.Sqrt(report.Militia?.Covariance?.Of(parameter.Path, parameter.Path) ?? double.NaN);
        }

        // Simulated moments: the sandwich standard error, back on the optimiser's scale.
        return estimate.Se / Math.Abs(parameter.Slope(u));
    }

    /// <summary>The natural value's distribution when u ~ N(û, sd²).</summary>
    private static Distribution Sampling(FitParameter parameter, double u, double sd)
    {
        bool oneSided = double.IsPositiveInfinity(parameter.Upper);
        bool strict = StrictlyPositive.Any(field => parameter.Path.EndsWith(field, StringComparison.Ordinal));
        if (oneSided && parameter.Lower == 0 && !strict)
        {
            return new LogNormalDistribution(u, sd);
        }

        // Beta with the moments of x(u), by Simpson's rule over z, on x(û ± 5 sd): within the bounds, and short of
        // an upper bound that is itself excluded (alpha's branching limit) or of a 0 a lognormal would reach.
        double reach = TruncatedReach;
        double min = parameter.ToNatural(u - (reach * sd));
        double max = parameter.ToNatural(u + (reach * sd));
        if (!oneSided && max >= parameter.Upper)
        {
            max = parameter.Upper - (1e-9 * (parameter.Upper - parameter.Lower));
        }

        const int intervals = 2000;
        double mass = 0;
        double first = 0;
        double second = 0;
        for (int k = 0; k <= intervals; k++)
        {
            double z = -reach + (2 * reach * k / intervals);
            double weight = (k == 0 || k == intervals ? 1 : k % 2 == 1 ? 4 : 2) * Normal.PDF(0, 1, z);
            double x = (parameter.ToNatural(u + (sd * z)) - min) / (max - min);
            mass += weight;
            first += weight * x;
            second += weight * x * x;
        }

        double mean = first / mass;
        double variance = Math.Max((second / mass) - (mean * mean), 1e-300);
        double common = (mean * (1 - mean) / variance) - 1;
        return new BetaDistribution(mean * common, (1 - mean) * common, min, max);
    }

    private static Distribution Scaled(Distribution distribution, double factor) => factor == 1 ? distribution : distribution switch
    {
        LogNormalDistribution d => d with { Mu = d.Mu + Math.Log(factor) },
        BetaDistribution d => d with { Min = d.Min * factor, Max = d.Max * factor },
        _ => distribution,
    };

    /// <summary>
    /// ρs = (6/π)·asin(r/2) from the normal-scale correlation r: the Gaussian copula's exact relation, which
    /// the scenario's copula inverts. Militia and ISIS estimates come from separate fits and are uncorrelated.
    /// </summary>
    private static List<ParameterCorrelation> RankCorrelations(CalibrationReport report, List<(FitParameter Parameter, string Path)> sources)
    {
        var correlations = new List<ParameterCorrelation>();
        var covariance = report.Militia?.Covariance;
        for (int i = 0; i < sources.Count; i++)
        {
            for (int j = i + 1; j < sources.Count; j++)
            {
                var (a, pathA) = sources[i];
                var (b, pathB) = sources[j];
                double rank;
                if (ReferenceEquals(a, b))
                {
                    rank = SharedMultiplierRank;
                }
                else if (a.Component == FitComponent.Militia && b.Component == FitComponent.Militia && covariance is not null)
                {
                    double r = covariance.Of(a.Path, b.Path) / Math.Sqrt(covariance.Of(a.Path, a.Path) * covariance.Of(b.Path, b.Path));
                    rank = Math.Round(6 / Math.PI * Math.Asin(Math.Clamp(r, -1, 1) / 2), 4);
                    rank = Math.Clamp(rank, -SharedMultiplierRank, SharedMultiplierRank);
                }
                else
                {
                    continue;
                }

                if (Math.Abs(rank) >= NegligibleRank)
                {
                    correlations.Add(new ParameterCorrelation(pathA, pathB, rank));
                }
            }
        }

        return correlations;
    }
}
