namespace ScenarioSim.Cli;

/// <summary>
/// Where the console runner writes and how it behaves towards the terminal. Tests pass string writers;
/// <see cref="FromConsole"/> describes the real process.
/// </summary>
/// <param name="Out">Standard output: tables and CSV.</param>
/// <param name="Error">Standard error: diagnostics, progress and error messages.</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error)
{
    /// <summary>The environment variable that, set to <c>1</c>, makes unexpected errors print their stack trace.</summary>
    public const string DebugVariable = "SCENARIOSIM_DEBUG";

    /// <summary>True when <see cref="Out"/> is an interactive terminal (tables may use colour).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when <see cref="Error"/> is an interactive terminal; only then is a progress bar drawn.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>True to turn Ctrl+C, SIGINT and SIGTERM into cancellation of the running command.</summary>
    /// <value>The default value is <see langword="false"/>, so that tests do not install signal handlers.</value>
    public bool HandlesTermination { get; init; }

    /// <summary>True to print the stack trace of unexpected errors rather than a one-line message.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ShowsStackTraces { get; init; }

    /// <summary>The environment of this process: the console's streams, its redirection and <see cref="DebugVariable"/>.</summary>
    /// <returns>The process's environment.</returns>
    public static CliEnvironment FromConsole() =>
        new(Console.Out, Console.Error)
        {
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            HandlesTermination = true,
            ShowsStackTraces = Environment.GetEnvironmentVariable(DebugVariable) == "1",
        };
}
