using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Model.Validation;

namespace ScenarioSim.Analysis;

/// <summary>
/// The scenarios at the points of a design, made in memory. The template's scenario is loaded and
/// validated once and each parameter's override path resolved once to the model parameter it sets
/// (named list items as <c>--set</c> names them); a point then sets its values on that scenario and
/// re-checks only the rules of the blocks that hold the parameters (their ranges, the Hawkes branching
/// ratio, the escalation weights; the uncertain parameters' rules too when the scenario has any). A
/// parameter given as a distribution in the scenario is fixed at the point's value, as <c>--set</c> fixes it.
/// </summary>
/// <remarks>
/// A point goes through the loader with <c>path=value</c> overrides instead (on the template's files as
/// read once, so the files are never read again) when the rules reject it, when a whole-number parameter
/// is given a fraction, or, for every point, when a path cannot be set in memory (a <c>--set</c> that
/// creates a block the scenario lacks) or the in-memory scenario differs from the loaded one at the
/// design's low or high corner. So a point's scenario, and the located diagnostics of an invalid point,
/// are always exactly the loader's. Immutable and thread-safe.
/// </remarks>
internal sealed class ScenarioPoints
{
    private readonly ScenarioTemplate _template;
    private readonly IReadOnlyList<ParameterRange> _parameters;
    private readonly Func<Scenario, double?>[] _get;
    private readonly Func<Scenario, double, Scenario>[] _set;
    private readonly RuleSections _sections;
    private readonly Scenario? _base;

    /// <summary>Resolves the parameters on the template's scenario and checks the in-memory points against the loader's at the design's corners.</summary>
    public ScenarioPoints(ScenarioTemplate template, IReadOnlyList<ParameterRange> parameters)
    {
        _template = template;
        _parameters = parameters;
        _get = new Func<Scenario, double?>[parameters.Count];
        _set = new Func<Scenario, double, Scenario>[parameters.Count];
        _base = Resolve(template.Load().Value, out _sections);
        if (_base is not null && !(MatchesLoader([.. parameters.Select(p => p.Low)]) && MatchesLoader([.. parameters.Select(p => p.High)])))
        {
            _base = null;
        }
    }

    /// <summary>True when points are made in memory, false when every point goes through the loader.</summary>
    public bool InMemory => _base is not null;

    /// <summary>The scenario at <paramref name="values"/>, exactly as the loader makes it with the values as overrides, and validated (so it may be run with <see cref="ScenarioRunner.RunValidated"/>).</summary>
    /// <exception cref="Diagnostics.InvalidInputException">The scenario is invalid at that point (located diagnostics).</exception>
    public Scenario Instantiate(IReadOnlyList<double> values) =>
        TrySet(values) ?? _template.Instantiate(_parameters, values);

    private Scenario? Resolve(Scenario? scenario, out RuleSections sections)
    {
        sections = RuleSections.None;
        if (scenario is null)
        {
            return null;
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _parameters.Count; i++)
        {
            string path = ScenarioParameters.Normalize(scenario, _parameters[i].Path);
            if (!ScenarioParameters.TryResolve(scenario, path, out _get[i], out _set[i]))
            {
                return null;
            }

            paths.Add(path);
            sections |= ScenarioRules.SectionOf(path);
        }

        // A value set by override replaces a distribution given in the file.
        return scenario.Uncertainties.Any(u => paths.Contains(u.Path))
            ? scenario with { Uncertainties = [.. scenario.Uncertainties.Where(u => !paths.Contains(u.Path))] }
            : scenario;
    }

    private Scenario? TrySet(IReadOnlyList<double> values)
    {
        if (_base is null)
        {
            return null;
        }

        var scenario = _base;
        for (int i = 0; i < _set.Length; i++)
        {
            scenario = _set[i](scenario, values[i]);
        }

        // A whole-number parameter rounds a fraction, which the loader rejects; so does a parameter set twice under two names.
        for (int i = 0; i < _get.Length; i++)
        {
            if (_get[i](scenario) != values[i])
            {
                return null;
            }
        }

        return ScenarioValidator.ValidateChanged(scenario, _sections).Count == 0 ? scenario : null;
    }

    private bool MatchesLoader(double[] values)
    {
        var loaded = _template.Load(_parameters, values);
        var inMemory = TrySet(values);
        return loaded.Succeeded
            ? inMemory is not null && ScenarioFingerprint.CanonicalJson(inMemory).AsSpan().SequenceEqual(ScenarioFingerprint.CanonicalJson(loaded.Value!))
            : inMemory is null;
    }
}
