using ScenarioSim.Model;
using ScenarioSim.Model.Validation;

namespace ScenarioSim.Yaml;

/// <summary>
/// The binder's distributions: a force's <c>slip_days</c>, a numeric parameter given as <c>{dist: …}</c>
/// (an uncertain parameter, whose median is the value the rules check) and the correlations between them.
/// </summary>
internal sealed partial class ScenarioBinder
{
    private static readonly string[] Distributions = ["fixed", "uniform", "triangular"];

    private static readonly string[] UncertainDistributions = ["fixed", "uniform", "triangular", "normal", "lognormal", "beta"];

    /// <summary>Binds a <c>{dist: …}</c> mapping whose keys were checked against <paramref name="shape"/>.</summary>
    private Distribution? BindDistribution(LocatedMapping map, string path, ObjectShape shape, string[] kinds)
    {
        string? dist = RequiredChoice(map, path, "dist", kinds) is int d ? kinds[d] : null;
        string[] keys = dist switch
        {
            "fixed" => ["value"],
            "uniform" => ["min", "max"],
            "triangular" => ["min", "mode", "max"],
            "normal" => ["mean", "sd"],
            "lognormal" => ["mu", "sigma"],
            "beta" => ["alpha", "beta", "min", "max"],
            _ => [],
        };
        if (dist is null)
        {
            Fail(path);
            return null;
        }

        foreach (var (key, _) in map.Entries)
        {
            if (key.Value is not "dist" && shape.Field(key.Value) is not null && !keys.Contains(key.Value))
            {
                Error(
                    Join(path, key.Value),
                    $"{Join(path, key.Value)} is not used by dist {dist}, which takes {string.Join(", ", keys)}",
                    key,
                    failed: false);
            }
        }

        return dist switch
        {
            "fixed" => Distribution.Fixed(RequiredNumber(map, path, "value")),
            "uniform" => Distribution.Uniform(RequiredNumber(map, path, "min"), RequiredNumber(map, path, "max")),
            "triangular" => Distribution.Triangular(
                RequiredNumber(map, path, "min"), RequiredNumber(map, path, "mode"), RequiredNumber(map, path, "max")),
            "normal" => Distribution.Normal(RequiredNumber(map, path, "mean"), RequiredNumber(map, path, "sd")),
            "lognormal" => Distribution.LogNormal(RequiredNumber(map, path, "mu"), RequiredNumber(map, path, "sigma")),
            _ => Distribution.Beta(
                RequiredNumber(map, path, "alpha"), RequiredNumber(map, path, "beta"),
                OptionalNumber(map, path, "min") ?? 0, OptionalNumber(map, path, "max") ?? 1),
        };
    }

    /// <summary>
    /// A numeric parameter given as <c>{dist: …}</c>: records it as uncertain and returns its median as
    /// the nominal value the model rules check (the distribution's own support is checked separately).
    /// </summary>
    private double UncertainValue(LocatedMapping map, string modelPath)
    {
        CheckKeys(map, modelPath, ScenarioShapes.Uncertain);
        _insideDistribution = true;
        var distribution = BindDistribution(map, modelPath, ScenarioShapes.Uncertain, UncertainDistributions);
        _insideDistribution = false;
        if (distribution is null)
        {
            return double.NaN;
        }

        _uncertainties.Add(new UncertainParameter(modelPath, distribution));
        if (!UncertaintyRules.IsWellFormed(distribution))
        {
            // The distribution's keys are reported at their own lines; the parameter has no nominal
            // value to check, and saying it is NaN as well would only repeat them.
            _unknownNominals.Add(modelPath);
            return double.NaN;
        }

        double median = distribution.Quantile(0.5);
        return double.IsFinite(median) ? median : double.NaN;
    }

    private bool IsDistribution(LocatedNode? node) =>
        !_insideDistribution && node is LocatedMapping map && map.Find("dist") is not null;

    private ParameterCorrelation BindCorrelation(LocatedMapping map, string path)
    {
        var between = map.Find("between");
        string[] paths = [];
        if (between is LocatedSequence { Items.Count: 2 } pair && pair.Items.All(i => i is LocatedScalar { IsNull: false }))
        {
            _nodes[Join(path, "between")] = between;
            paths = pair.Items.Cast<LocatedScalar>().Select(i => i.Value).ToArray();
        }
        else if (between is null)
        {
            MissingKey(map, path, "between");
        }
        else
        {
            Error(Join(path, "between"), $"{Join(path, "between")} must be a list of two parameter paths, but was {between.Describe()}", between);
        }

        double rank = RequiredNumber(map, path, "rank");
        return paths.Length == 2 ? new ParameterCorrelation(paths[0], paths[1], rank) : PlaceholderCorrelation();
    }

    private static ParameterCorrelation PlaceholderCorrelation() => new(string.Empty, string.Empty, 0);
}
