namespace ScenarioSim.IO;

/// <summary>
/// Another writer (another scenariosim process, or another reservation in this one) holds the lock of an
/// output destination; writing it at the same time could not leave one complete set, so this one is refused.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OutputBusyException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>, locked by <paramref name="lockFile"/>.</summary>
    /// <param name="path">The output path as given.</param>
    /// <param name="lockFile">The lock file another writer holds; it holds that writer's process id.</param>
    public OutputBusyException(string path, string lockFile)
        : base($"{path}: another scenariosim process is writing this output (its lock file {lockFile} holds its process id); wait for it to finish, or choose another destination")
    {
        OutputPath = path;
        LockFile = lockFile;
    }

    /// <summary>The output path as given.</summary>
    public string OutputPath { get; }

    /// <summary>The lock file held by the other writer.</summary>
    public string LockFile { get; }
}
