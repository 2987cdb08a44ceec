namespace ScenarioSim.Cli;

/// <summary>The process exit codes of <c>scenariosim</c> (docs/scenario-format.md, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Anything other than invalid input or cancellation: an unexpected error, a failed write, a destination another process is writing.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input: a usage error or a scenario with problems.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// Cancelled by Ctrl+C, SIGINT or SIGTERM (or the caller's cancellation token), whichever signal it was:
    /// 128 + SIGINT, as shells report an interrupted command. The outputs hold their old content or, if the
    /// signal came after they were committed, the complete new content.
    /// </summary>
    public const int Cancelled = 130;
}
