using System.Globalization;
using ScenarioSim.Diagnostics;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// A scenario parameter to fit, from a <c>--fit PATH[=lo:hi]</c> specification. Bounds default to the
/// parameter's natural range (rates ≥ 0, mean durations ≥ 1, <c>attrition_base</c> ≤ 1); the Hawkes
/// <c>alpha</c> is kept below the explosive boundary <c>1 − exp(−1/decay_days)</c> when
/// <c>decay_days</c> is not fitted too. <c>regions.*.militia.base_rate</c> is one shared multiplier on
/// the base rates of every militia region whose own base rate is not fitted separately.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record FitParameter
{
    internal FitParameter(ParameterTarget target, double lower, double upper, double start)
    {
        Target = target;
        Lower = lower;
        Upper = upper;
        Start = start;
    }

    /// <summary>The path as given, e.g. <c>regions.syria.militia.base_rate</c>.</summary>
    public string Path => Target.Path;

    /// <summary>The lower bound (exclusive for the optimiser: estimates approach it only in the limit).</summary>
    public double Lower { get; }

    /// <summary>The upper bound, or positive infinity.</summary>
    public double Upper { get; }

    /// <summary>The starting value: the scenario's value when it lies inside the bounds.</summary>
    public double Start { get; }

    /// <summary>Whether the parameter is fitted by likelihood (militia) or by simulated moments (ISIS).</summary>
    public FitComponent Component => Target.Component;

    internal ParameterTarget Target { get; }

    /// <summary>
    /// Parses <c>PATH[=lo:hi]</c> specifications (either bound may be left empty) against a scenario.
    /// </summary>
    /// <param name="specifications">The <c>--fit</c> values.</param>
    /// <param name="scenario">The scenario whose parameters they name.</param>
    /// <returns>The parameters, or every problem (each names its <c>--fit</c> value).</returns>
    public static LoadResult<IReadOnlyList<FitParameter>> ParseAll(IEnumerable<string> specifications, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(specifications);
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new List<Diagnostic>();
        var parsed = new List<(ParameterTarget Target, double Lower, double Upper, string Spec)>();
        foreach (string spec in specifications)
        {
            int equals = spec.IndexOf('=', StringComparison.Ordinal);
            string path = (equals < 0 ? spec : spec[..equals]).Trim();
            var target = ParameterTarget.Resolve(path, scenario, out string? problem);
            if (target is null)
            {
                problems.Add(Problem(spec, problem!));
                continue;
            }

            double lower = target.NaturalLower;
            double upper = target.NaturalUpper;
            if (equals >= 0 && !TryBounds(spec[(equals + 1)..], ref lower, ref upper, target, out problem))
            {
                problems.Add(Problem(spec, problem!));
                continue;
            }

            if (parsed.Any(p => p.Target.Path == target.Path))
            {
                problems.Add(Problem(spec, $"{path} is given twice"));
                continue;
            }

            parsed.Add((target, lower, upper, spec));
        }

        if (problems.Count > 0)
        {
            return LoadResult<IReadOnlyList<FitParameter>>.Failure(problems);
        }

        if (parsed.Count == 0)
        {
            return LoadResult<IReadOnlyList<FitParameter>>.Failure([Problem(string.Empty, "give at least one parameter to fit")]);
        }

        bool decayFitted = parsed.Any(p => p.Target.Field == "decay_days");
        var result = new List<FitParameter>();
        foreach (var (target, lower, given, spec) in parsed)
        {
            double upper = given;
            if (target.Field == "alpha")
            {
                // docs/model.md §4: the excitation explodes when the branching ratio alpha/(1 − e^(−1/decay)) reaches 1.
                // With the decay fitted too, the limit is 1 (its value as decay_days → 0).
                double decay = scenario.Militia.Hawkes!.DecayDays;
                double limit = decayFitted ? 1 : 1 - Math.Exp(-1 / decay);
                if (double.IsPositiveInfinity(upper))
                {
                    upper = decayFitted ? upper : limit;
                }
                else if (upper > limit || lower >= limit)
                {
                    problems.Add(Problem(spec, decayFitted
                        ? string.Create(CultureInfo.InvariantCulture, $"alpha must stay below 1 (the branching limit for any decay), but the range was [{lower}, {upper}]")
                        : string.Create(CultureInfo.InvariantCulture, $"the range [{lower}, {upper}] reaches beyond the branching limit 1 − e^(−1/decay_days) = {limit:G6} (decay_days {decay}), where the excitation explodes; give an upper bound of at most {limit:G6}, or leave it empty for that limit")));
                    continue;
                }
            }

            result.Add(new FitParameter(target, lower, upper, StartValue(target.Read(scenario), lower, upper)));
        }

        return problems.Count > 0
            ? LoadResult<IReadOnlyList<FitParameter>>.Failure(problems)
            : LoadResult<IReadOnlyList<FitParameter>>.Success(result);
    }

    /// <summary>The value that the optimiser's unbounded coordinate <paramref name="u"/> stands for.</summary>
    internal double ToNatural(double u) =>
        double.IsPositiveInfinity(Upper)
            ? Lower + Math.Exp(Math.Clamp(u, -700, 700))
            : Lower + ((Upper - Lower) / (1 + Math.Exp(-u)));

    /// <summary>The unbounded coordinate of a value strictly inside the bounds.</summary>
    internal double ToUnbounded(double x) =>
        double.IsPositiveInfinity(Upper)
            ? Math.Log(x - Lower)
            : Math.Log((x - Lower) / (Upper - x));

    /// <summary>dx/du at <paramref name="u"/>, for the delta method.</summary>
    internal double Slope(double u)
    {
        if (double.IsPositiveInfinity(Upper))
        {
            return Math.Exp(u);
        }

        double s = 1 / (1 + Math.Exp(-u));
        return (Upper - Lower) * s * (1 - s);
    }

    /// <summary>Applies <paramref name="values"/> of <paramref name="parameters"/> to <paramref name="original"/>.</summary>
    internal static Scenario Apply(Scenario original, IReadOnlyList<FitParameter> parameters, IReadOnlyList<double> values)
    {
        var apart = FittedApart(parameters);
        var scenario = original;
        for (int i = 0; i < parameters.Count; i++)
        {
            scenario = parameters[i].Target.Apply(scenario, values[i], original, apart);
        }

        return scenario;
    }

    /// <summary>Regions whose base rate is fitted by name, so the shared multiplier leaves them alone.</summary>
    internal static IReadOnlySet<string> FittedApart(IReadOnlyList<FitParameter> parameters) =>
        parameters.Where(p => p.Target.Field == "base_rate").Select(p => p.Target.Name!).ToHashSet(StringComparer.Ordinal);

    private static double StartValue(double current, double lower, double upper)
    {
        if (current > lower && current < upper && double.IsFinite(current))
        {
            return current;
        }

        return double.IsPositiveInfinity(upper) ? lower + Math.Max(0.1, Math.Abs(lower) * 0.5) : (lower + upper) / 2;
    }

    private static bool TryBounds(string text, ref double lower, ref double upper, ParameterTarget target, out string? problem)
    {
        problem = null;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            problem = $"bounds must look like lo:hi (either may be empty), but were '{text}'";
            return false;
        }

        string lo = text[..colon].Trim();
        string hi = text[(colon + 1)..].Trim();
        if (lo.Length > 0 && !double.TryParse(lo, NumberStyles.Float, CultureInfo.InvariantCulture, out lower))
        {
            problem = $"the lower bound must be a number, but was '{lo}'";
            return false;
        }

        if (hi.Length > 0 && !double.TryParse(hi, NumberStyles.Float, CultureInfo.InvariantCulture, out upper))
        {
            problem = $"the upper bound must be a number, but was '{hi}'";
            return false;
        }

        if (lower < target.NaturalLower || upper > target.NaturalUpper)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"the bounds must lie within the parameter's range [{target.NaturalLower}, {target.NaturalUpper}], but were [{lower}, {upper}]");
            return false;
        }

        if (!(lower < upper) || !double.IsFinite(lower))
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"the lower bound must be finite and below the upper bound, but the bounds were [{lower}, {upper}]");
            return false;
        }

        return true;
    }

    private static Diagnostic Problem(string spec, string message) =>
        new("--fit", spec.Length == 0 ? $"--fit: {message}" : $"--fit {spec}: {message}");
}
