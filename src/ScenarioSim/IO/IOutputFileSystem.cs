namespace ScenarioSim.IO;

/// <summary>
/// The file-system operations the output layer changes anything with: each creation, write, rename and
/// deletion of an output goes through one of these, so that tests can fail any one of them (or every one
/// from some point on, as a killed process would) and check what the destination then holds. Reading
/// (listing a directory, testing for existence) goes to <see cref="System.IO"/> directly.
/// </summary>
/// <remarks>Implementations must be thread-safe.</remarks>
internal interface IOutputFileSystem
{
    /// <summary>Creates <paramref name="path"/> (one directory; its parent exists).</summary>
    void CreateDirectory(string path);

    /// <summary>Creates the new file <paramref name="path"/> for writing; it must not exist.</summary>
    Stream CreateFile(string path);

    /// <summary>Renames the file <paramref name="source"/> to <paramref name="destination"/>, replacing a file there.</summary>
    void MoveFile(string source, string destination);

    /// <summary>Renames the directory <paramref name="source"/> to <paramref name="destination"/>, which must not exist.</summary>
    void MoveDirectory(string source, string destination);

    /// <summary>
    /// Swaps the two directories <paramref name="first"/> and <paramref name="second"/> in one atomic step,
    /// where the operating system can.
    /// </summary>
    /// <returns><see langword="false"/> when it cannot (nothing has changed then).</returns>
    bool TryExchangeDirectories(string first, string second);

    /// <summary>Deletes the file <paramref name="path"/>; a missing file is no error.</summary>
    void DeleteFile(string path);

    /// <summary>Deletes the directory <paramref name="path"/> and everything in it; a missing directory is no error.</summary>
    void DeleteDirectory(string path);

    /// <summary>
    /// Takes the lock file <paramref name="path"/> for this process alone, creating it if missing and writing
    /// <paramref name="owner"/> into it; the lock ends with the process at the latest.
    /// </summary>
    /// <returns>The held lock; <see langword="null"/> when another holder has it.</returns>
    DestinationLock? TryLock(string path, string owner);

    /// <summary>Ends the lock <paramref name="held"/> and deletes its file.</summary>
    void ReleaseLock(DestinationLock held);
}
