using ScenarioSim.Diagnostics;
using ScenarioSim.Model.Validation;

namespace ScenarioSim.Model;

/// <summary>
/// Checks every rule of the scenario model (SPEC sections 1–6) and reports every problem, each naming
/// the offending item by path (<c>regions[2].militia.base_rate</c>) and saying what is allowed.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ScenarioValidator
{
    /// <summary>Every problem with <paramref name="scenario"/>; empty when it is valid.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Scenario scenario) => Validate(scenario, magnitudes: true);

    /// <summary>
    /// Every problem with <paramref name="scenario"/>; with <paramref name="magnitudes"/>, once every value
    /// passes its own rule, also the bounds on their products (which take each uncertain parameter at its
    /// largest draw, so the one-parameter-at-a-time support check leaves them out).
    /// </summary>
    internal static IReadOnlyList<Diagnostic> Validate(Scenario scenario, bool magnitudes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sizes = new DiagnosticList();
        if (!SizeRules.Check(scenario, sizes))
        {
            return sizes.Items;
        }

        var problems = ScenarioRules.Check(scenario);
        UncertaintyRules.Check(scenario, problems);
        if (magnitudes && problems.Items.Count == 0)
        {
            MagnitudeRules.Check(scenario, problems);
        }

        return problems.Items;
    }

    /// <summary>
    /// The problems a change of some numeric parameters of a valid scenario can cause: the rules of the
    /// blocks in <paramref name="sections"/>, and the uncertain parameters' rules when the scenario has
    /// any (their support checks read other parameters' values).
    /// </summary>
    internal static IReadOnlyList<Diagnostic> ValidateChanged(Scenario scenario, RuleSections sections)
    {
        var problems = ScenarioRules.Check(scenario, sections);
        if (scenario.Uncertainties.Count > 0 || scenario.Correlations.Count > 0)
        {
            UncertaintyRules.Check(scenario, problems);
        }

        return problems.Items;
    }
}
