using System.Globalization;
using System.Text.RegularExpressions;
using MathNet.Numerics.LinearAlgebra;
using static ScenarioSim.Model.Validation.DiagnosticList;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// Rules for uncertain parameters and their correlations: the path names a numeric parameter, the
/// distribution is well formed, every value it can produce obeys the parameter's own rule (checked at
/// the distribution's bounds, one parameter at a time), and the correlations form a valid matrix.
/// </summary>
internal static partial class UncertaintyRules
{
    /// <summary>Stands in for an unbounded distribution's end when checking a parameter's rule.</summary>
    private const double Unbounded = 1e15;

    /// <summary>Smallest beta shape whose quantiles MathNet computes reliably.</summary>
    private const double MinBetaShape = 1e-3;

    /// <summary>Largest beta shape whose quantiles MathNet computes reliably.</summary>
    private const double MaxBetaShape = 1e6;

    /// <summary>Largest |mu| of a log-normal: e^700 is near the largest double.</summary>
    private const double MaxLogMu = 700;

    /// <summary>Largest sigma of a log-normal.</summary>
    private const double MaxLogSigma = 100;

    public static void Check(Scenario scenario, DiagnosticList problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var plain = scenario with { Uncertainties = [], Correlations = [] };
        foreach (var uncertain in scenario.Uncertainties)
        {
            string path = uncertain.Path;
            if (ScenarioParameters.Get(scenario, path) is null)
            {
                problems.Add(path, $"{path} is not a numeric parameter of this scenario, so it cannot be given as a distribution");
                continue;
            }

            if (!seen.Add(path))
            {
                problems.Add(path, $"{path} is given as a distribution more than once");
                continue;
            }

            if (CheckShape(path, uncertain.Distribution, problems))
            {
                CheckSupport(plain, path, uncertain.Distribution, problems);
            }
        }

        CheckCorrelations(scenario, seen, problems);
    }

    /// <summary>True when the distribution's own keys are valid, so it can be asked for quantiles (MathNet throws otherwise).</summary>
    public static bool IsWellFormed(Distribution distribution) => CheckShape(string.Empty, distribution, new DiagnosticList());

    private static bool CheckShape(string path, Distribution distribution, DiagnosticList problems)
    {
        switch (distribution)
        {
            case FixedDistribution d:
                return problems.Finite($"{path}.value", d.Value);
            case UniformDistribution d:
                return Ordered(path, ("min", d.Min), ("max", d.Max), problems);
            case TriangularDistribution d:
                return Ordered(path, ("min", d.Min), ("mode", d.Mode), problems) && Ordered(path, ("mode", d.Mode), ("max", d.Max), problems);
            case NormalDistribution d:
                return problems.Finite($"{path}.mean", d.Mean) & problems.Positive($"{path}.sd", d.Sd);
            case LogNormalDistribution d:
                return problems.Between($"{path}.mu", d.Mu, -MaxLogMu, MaxLogMu)
                    & (problems.Positive($"{path}.sigma", d.Sigma) && problems.Between($"{path}.sigma", d.Sigma, 0, MaxLogSigma));
            case BetaDistribution d:
                return (problems.Positive($"{path}.alpha", d.Alpha) && problems.Between($"{path}.alpha", d.Alpha, MinBetaShape, MaxBetaShape))
                    & (problems.Positive($"{path}.beta", d.BetaShape) && problems.Between($"{path}.beta", d.BetaShape, MinBetaShape, MaxBetaShape))
                    && Ordered(path, ("min", d.Min), ("max", d.Max), problems);
            default:
                problems.Add(path, $"{path} has an unsupported distribution");
                return false;
        }
    }

    private static bool Ordered(string path, (string Key, double Value) low, (string Key, double Value) high, DiagnosticList problems)
    {
        if (!(problems.Finite($"{path}.{low.Key}", low.Value) & problems.Finite($"{path}.{high.Key}", high.Value)))
        {
            return false;
        }

        if (high.Value < low.Value)
        {
            problems.Add($"{path}.{high.Key}", $"{path}.{high.Key} must be >= {low.Key} ({Number(low.Value)}), but was {Number(high.Value)}");
            return false;
        }

        return true;
    }

    /// <summary>Every value the distribution can produce must pass the parameter's own rules; its two ends are checked.</summary>
    private static void CheckSupport(Scenario plain, string path, Distribution distribution, DiagnosticList problems)
    {
        var (scenario, slicedPath, restore) = Slice(plain, path);
        foreach (double end in new[] { distribution.Minimum, distribution.Maximum })
        {
            double value = double.IsNegativeInfinity(end) ? -Unbounded : double.IsPositiveInfinity(end) ? Unbounded : end;
            var broken = ScenarioValidator.Validate(ScenarioParameters.With(scenario, slicedPath, value), magnitudes: false)
                .FirstOrDefault(d => Related(d.Path, slicedPath));
            if (broken is not null)
            {
                string reach = double.IsInfinity(end) ? "is unbounded" : $"reaches {Number(end)}";
                problems.Add(path, $"{path} is drawn from a {Name(distribution)} distribution that {reach}, where {restore(broken.Message)}");
                return;
            }
        }
    }

    /// <summary>
    /// The part of the scenario a parameter's own rules can see: for a parameter inside one region,
    /// force or event, the scenario with that item alone in its list (as item 0), so checking a
    /// thousand uncertain base rates validates a thousand one-region scenarios rather than a thousand
    /// thousand-region ones. Those rules look at the item alone (region ids, say, are only read by
    /// forces and events, which the one-region slice leaves out). <c>restore</c> puts the item's own
    /// index back into a message.
    /// </summary>
    private static (Scenario Scenario, string Path, Func<string, string> Restore) Slice(Scenario plain, string path)
    {
        if (ItemPath().Match(path) is not { Success: true } match ||
            !int.TryParse(match.Groups["index"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return (plain, path, message => message);
        }

        string list = match.Groups["list"].Value;
        Scenario slice = list switch
        {
            "regions" => plain with { Regions = [plain.Regions[index]], Forces = [], Events = [] },
            "forces" => plain with { Forces = [plain.Forces[index]] },
            _ => plain with { Events = [plain.Events[index]] },
        };
        string sliced = $"{list}[0]";
        string original = $"{list}[{index.ToString(CultureInfo.InvariantCulture)}]";
        return (slice, sliced + path[match.Length..], message => message.Replace(sliced, original, StringComparison.Ordinal));
    }

    /// <summary>True when a diagnostic at <paramref name="other"/> is about <paramref name="path"/>: the same item, one inside it, or one containing it (a rule on the whole block, such as the Hawkes branching ratio).</summary>
    private static bool Related(string other, string path) =>
        other == path || Inside(other, path) || Inside(path, other);

    private static bool Inside(string inner, string outer) =>
        outer.Length > 0 && inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[';

    private static void CheckCorrelations(Scenario scenario, HashSet<string> uncertain, DiagnosticList problems)
    {
        var paths = scenario.Correlations.SelectMany(c => new[] { c.First, c.Second }).Distinct(StringComparer.Ordinal).ToList();
        bool valid = true;
        for (int i = 0; i < scenario.Correlations.Count; i++)
        {
            var c = scenario.Correlations[i];
            string at = $"correlations[{i}]";
            foreach (string path in new[] { c.First, c.Second })
            {
                if (!uncertain.Contains(path))
                {
                    problems.Add(at, $"{at} names {path}, which is not given as a distribution");
                    valid = false;
                }
            }

            if (c.First == c.Second)
            {
                problems.Add(at, $"{at} correlates {c.First} with itself");
                valid = false;
            }

            if (!(c.RankCorrelation > -1 && c.RankCorrelation < 1))
            {
                problems.Add($"{at}.rank", $"{at}.rank must be between -1 and 1 (exclusive), but was {Number(c.RankCorrelation)}");
                valid = false;
            }
        }

        if (valid && paths.Count > 0 && !ParameterCopula.TryCholesky(paths, scenario.Correlations, out _))
        {
            problems.Add("correlations", "correlations do not form a valid correlation matrix (it is not positive definite): some pairs contradict each other");
        }
    }

    private static string Name(Distribution d) => d switch
    {
        FixedDistribution => "fixed",
        UniformDistribution => "uniform",
        TriangularDistribution => "triangular",
        NormalDistribution => "normal",
        LogNormalDistribution => "lognormal",
        _ => "beta",
    };

    [GeneratedRegex(@"^(?<list>regions|forces|events)\[(?<index>\d+)\]")]
    private static partial Regex ItemPath();
}
