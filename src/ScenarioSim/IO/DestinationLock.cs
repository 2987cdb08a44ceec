namespace ScenarioSim.IO;

/// <summary>
/// A lock file beside an output destination, held by one writer at a time: opened exclusively
/// (<c>flock</c> on Unix, a share mode on Windows), so that the operating system ends the lock with the
/// process. A lock file left by a killed writer is therefore stale by construction: the next writer opens
/// it, takes it over and deletes it when done. The file holds the holder's process id, for people.
/// </summary>
/// <remarks>Not thread-safe; one owner releases it once.</remarks>
internal sealed class DestinationLock : IDisposable
{
    private FileStream? _stream;

    /// <summary>Wraps an open lock file.</summary>
    private DestinationLock(string path, FileStream? stream)
    {
        Path = path;
        _stream = stream;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Takes the lock file <paramref name="path"/>, creating it if missing.</summary>
    /// <returns>The lock, or <see langword="null"/> when another writer holds it.</returns>
    public static DestinationLock? TryAcquire(string path, string owner)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(
                path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException) && File.Exists(path))
        {
            return null;
        }

        try
        {
            stream.SetLength(0);
            stream.Write(System.Text.Encoding.UTF8.GetBytes(owner));
            stream.Flush();
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        return new DestinationLock(path, stream);
    }

    /// <summary>Deletes the lock file and ends the lock.</summary>
    public void Dispose()
    {
        if (_stream is null)
        {
            return;
        }

        try
        {
            // Deleted while still held, so no other writer can take this file and then see it vanish;
            // Windows deletes it on close.
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(Path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A lock file left behind is stale and taken over by the next writer.
        }
        finally
        {
            Abandon();
        }
    }

    /// <summary>Ends the lock and leaves the file, as a killed process would.</summary>
    public void Abandon()
    {
        _stream?.Dispose();
        _stream = null;
    }
}
