namespace ScenarioSim.IO;

/// <summary>
/// Writes outputs so that readers see the old content or the complete new content, never a part or a
/// mix: one file goes to a new file beside its target, renamed over it when complete; a set of files
/// goes to a new directory beside its destination, exchanged with it when complete (see
/// <see cref="OutputReservation"/>). Either way the destination is locked while it is written, what an
/// earlier writer left beside it is deleted, and a failure leaves nothing new behind.
/// </summary>
/// <remarks>Stateless and thread-safe; a second concurrent writer of the same destination gets <see cref="OutputBusyException"/>.</remarks>
internal static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/>, creating its directory if it is
    /// missing. If <paramref name="write"/> throws, neither the target nor a temporary file is left behind
    /// and an existing target keeps its old content.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    /// <exception cref="OutputPathException">The path cannot be written as a file.</exception>
    /// <exception cref="OutputBusyException">Another writer holds the file.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        OutputReservation.Under(path, isDirectory: false, reservation => reservation.CommitFile(write));
    }

    /// <summary>
    /// Writes <paramref name="files"/> as the whole content of <paramref name="directory"/>: afterwards the
    /// directory holds these files and nothing else, or, after a failure, what it held before.
    /// </summary>
    /// <param name="directory">The output directory, created with its parents if missing.</param>
    /// <param name="files">Each file's path relative to the directory, and what writes it.</param>
    /// <exception cref="OutputPathException">The path cannot hold an output set.</exception>
    /// <exception cref="OutputBusyException">Another writer holds the directory.</exception>
    public static void WriteSet(string directory, IReadOnlyList<(string RelativePath, Action<Stream> Write)> files)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(files);
        OutputReservation.Under(directory, isDirectory: true, reservation => reservation.CommitSet(files));
    }
}
