using System.Runtime.InteropServices;

namespace ScenarioSim.IO;

/// <summary>The real file system, with the atomic directory exchange of Linux (<c>renameat2</c> with <c>RENAME_EXCHANGE</c>).</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal sealed class SystemOutputFileSystem : IOutputFileSystem
{
    /// <summary>The one instance.</summary>
    public static readonly SystemOutputFileSystem Instance = new();

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    private static volatile bool s_exchangeUnavailable = !OperatingSystem.IsLinux();

    private SystemOutputFileSystem()
    {
    }

    /// <inheritdoc/>
    public void CreateDirectory(string path) => Directory.CreateDirectory(path);

    /// <inheritdoc/>
    public Stream CreateFile(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);

    /// <inheritdoc/>
    public void MoveFile(string source, string destination) => File.Move(source, destination, overwrite: true);

    /// <inheritdoc/>
    public void MoveDirectory(string source, string destination) => Directory.Move(source, destination);

    /// <inheritdoc/>
    public bool TryExchangeDirectories(string first, string second)
    {
        if (s_exchangeUnavailable)
        {
            return false;
        }

        try
        {
            if (RenameAt2(AtFdCwd, first, AtFdCwd, second, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_exchangeUnavailable = true;
            return false;
        }

        int error = Marshal.GetLastPInvokeError();
        const int NoSuchCall = 38, NotSupported = 95, InvalidArgument = 22;
        if (error is NoSuchCall or NotSupported or InvalidArgument)
        {
            // An old kernel or a file system without the flag: fall back to two renames.
            return false;
        }

        throw new IOException($"Cannot exchange '{first}' and '{second}': {Marshal.GetPInvokeErrorMessage(error)}.", error);
    }

    /// <inheritdoc/>
    public void DeleteFile(string path) => File.Delete(path);

    /// <inheritdoc/>
    public void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <inheritdoc/>
    public DestinationLock? TryLock(string path, string owner) => DestinationLock.TryAcquire(path, owner);

    /// <inheritdoc/>
    public void ReleaseLock(DestinationLock held) => held.Dispose();

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(
        int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
