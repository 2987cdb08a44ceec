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
    public static IReadOnlyList<ScenarioDiagnostic> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sizes = new DiagnosticList();
        if (!SizeRules.Check(scenario, sizes))
        {
            return sizes.Items;
        }

        var problems = ScenarioRules.Check(scenario);
        UncertaintyRules.Check(scenario, problems);
        return problems.Items;
    }
}
