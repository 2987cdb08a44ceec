using System.Globalization;
using ScenarioSim.Analysis;
using ScenarioSim.Input;

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

    /// <summary>
    /// Checks the number of design points (or runs) an analysis asks for against
    /// <see cref="InputLimits.MaxDesignPoints"/> before anything is allocated; prints the problem and
    /// returns false when it is too large.
    /// </summary>
    /// <param name="environment">Receives the message.</param>
    /// <param name="what">What is counted and where it comes from, e.g. "the grid of --param steps".</param>
    /// <param name="points">How many; a double so that a product of steps cannot overflow.</param>
    public static bool CheckDesignSize(CliEnvironment environment, string what, double points)
    {
        if (points <= InputLimits.MaxDesignPoints)
        {
            return true;
        }

        environment.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"error: {what} has {points:G4} points, but at most {InputLimits.MaxDesignPoints:N0} are allowed (an input limit, see docs/scenario-format.md); use fewer steps or samples"));
        return false;
    }
}
