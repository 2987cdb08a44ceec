using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;
using ScenarioSim.Results;

namespace ScenarioSim.Cli;

/// <summary>
/// Prints the ScenarioSim library's version for <c>--version</c>; the default would print the entry
/// assembly's, which is the test host's under test.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The version of the ScenarioSim library, as recorded in its informational version.</summary>
    public static string LibraryVersion { get; } =
        typeof(SimulationResult).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(SimulationResult).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"scenariosim {LibraryVersion}");
        return ExitCodes.Ok;
    }
}
