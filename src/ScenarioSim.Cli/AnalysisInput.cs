using ScenarioSim.Analysis;

namespace ScenarioSim.Cli;

/// <summary>Checks an analysis's scenario and parameters before it runs, printing every problem compiler-style.</summary>
internal static class AnalysisInput
{
    /// <summary>
    /// Loads the template's scenario, then the scenario with every parameter at its low end and at its
    /// high end; prints each problem as <c>file:line:col: error: message</c> and returns false if there is any.
    /// </summary>
    public static bool Check(CliEnvironment environment, ScenarioTemplate template, IReadOnlyList<ParameterRange> parameters)
    {
        var loaded = template.Load();
        var problems = loaded.Succeeded ? template.Check(parameters) : loaded.Diagnostics;
        CommandFailure.WriteDiagnostics(environment.Error, problems);
        return problems.Count == 0;
    }
}
