namespace ScenarioSim.Output;

/// <summary>
/// Writes files so that readers see either the old content or the complete new content, never a
/// partial file: the content goes to a temporary file in the same directory, which then replaces the
/// target in one rename.
/// </summary>
/// <remarks>Stateless and thread-safe; concurrent writers of the same path each leave a complete file.</remarks>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="path"/> through <paramref name="write"/>, creating its directory if it is
    /// missing. If <paramref name="write"/> throws, neither the target nor a temporary file is left behind
    /// and an existing target keeps its old content.
    /// </summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the whole content to the stream it is given.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        WriteAll([(path, write)]);
    }

    /// <summary>
    /// Writes several files all or nothing, as far as the file system allows: every file is staged
    /// first, and only when all are complete are they moved into place.
    /// </summary>
    internal static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        var staged = new List<(string Temporary, string Target)>(files.Count);
        try
        {
            foreach (var (path, write) in files)
            {
                string target = Path.GetFullPath(path);
                string directory = Path.GetDirectoryName(target)
                    ?? throw new ArgumentException($"'{path}' names no file.", nameof(files));
                Directory.CreateDirectory(directory);

                // Same directory as the target, so the final move is a rename within one file system.
                string temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Path.GetRandomFileName()}.tmp");
                staged.Add((temporary, target));
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    write(stream);
                    stream.Flush(flushToDisk: true);
                }
            }

            foreach (var (temporary, target) in staged)
            {
                File.Move(temporary, target, overwrite: true);
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged)
            {
                TryDelete(temporary);
            }

            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the original failure is the one worth reporting.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
