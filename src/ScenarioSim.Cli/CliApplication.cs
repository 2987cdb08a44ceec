using System.CommandLine;
using System.CommandLine.Invocation;

namespace ScenarioSim.Cli;

/// <summary>
/// The <c>scenariosim</c> console runner: parses arguments, runs the verb, and returns the process exit
/// code (see <see cref="ExitCodes"/>). The verbs are thin: the work is done by the ScenarioSim library.
/// </summary>
/// <remarks>Each call builds its own command tree, so concurrent calls with different writers are safe.</remarks>
public static class CliApplication
{
    /// <summary>Runs the command line <paramref name="args"/> with the given output and error writers.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Receives tables, CSV and help.</param>
    /// <param name="stderr">Receives diagnostics and error messages.</param>
    /// <param name="cancellationToken">Cancels the command as Ctrl+C would.</param>
    /// <returns>The exit code.</returns>
    public static Task<int> InvokeAsync(
        string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default) =>
        InvokeAsync(args, new CliEnvironment(stdout, stderr), cancellationToken);

    /// <summary>Runs the command line <paramref name="args"/> in <paramref name="environment"/>.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="environment">The writers and terminal behaviour.</param>
    /// <param name="cancellationToken">Cancels the command as Ctrl+C would.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> InvokeAsync(
        string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        var configuration = new InvocationConfiguration
        {
            Output = environment.Out,
            Error = environment.Error,
            // Verbs report their own failures (CommandFailure), so a stack trace never reaches users by accident.
            EnableDefaultExceptionHandler = false,
            // Signals are handled by TerminationSignals, so that every signal gives the one exit code.
            ProcessTerminationTimeout = null,
        };

        using var signals = environment.HandlesTermination ? TerminationSignals.Listen() : null;
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, signals?.Token ?? CancellationToken.None);
        int exitCode = await InvokeAsync(args, environment, configuration, cancellation.Token).ConfigureAwait(false);
        return signals?.Signalled == true ? ExitCodes.Cancelled : exitCode;
    }

    private static async Task<int> InvokeAsync(
        string[] args, CliEnvironment environment, InvocationConfiguration configuration, CancellationToken cancellationToken)
    {
        try
        {
            var parseResult = CreateRootCommand(environment).Parse(args);
            if (parseResult.Errors.Count == 0)
            {
                return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            }

            if (parseResult.Action is ParseErrorAction parseErrorAction)
            {
                parseErrorAction.ShowHelp = false;
            }

            await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            environment.Error.WriteLine("Run 'scenariosim --help' for usage.");
            return ExitCodes.InvalidInput;
        }
        catch (Exception e)
        {
            return CommandFailure.Report(environment, e, cancellationToken);
        }
    }

    /// <summary>Builds the command tree: <c>run</c>, <c>validate</c> and <c>trace</c>, with <c>--help</c> and <c>--version</c>.</summary>
    internal static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        var root = new RootCommand(
            "ScenarioSim: Monte Carlo what-if scenarios for a foreign military drawdown (militia attacks, casualties, ISIS strength).")
        {
            new RunCommand(environment),
            new ValidateCommand(environment),
            new TraceCommand(environment),
            new MergeCommand(environment),
            new ReportCommand(environment),
            new CompareCommand(environment),
            new SweepCommand(environment),
            new SensitivityCommand(environment),
            new CalibrateCommand(environment),
            new BacktestCommand(environment),
            new ForecastCommand(environment),
        };

        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Action = new VersionAction();
            }
        }

        return root;
    }
}
