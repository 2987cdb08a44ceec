namespace ScenarioSim.Cli;

/// <summary>The process exit codes of <c>scenariosim</c> (SPEC section 9).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Anything other than invalid input: an unexpected error, or a run cancelled by Ctrl+C.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input: a usage error or a scenario with problems.</summary>
    public const int InvalidInput = 2;
}
