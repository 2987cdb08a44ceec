using System.Runtime.InteropServices;

namespace ScenarioSim.Input;

/// <summary>
/// Tells a regular file from a device, pipe or socket without opening it: opening a FIFO blocks until
/// someone writes to it, and <c>/dev/zero</c> never ends, so both must be refused before any read.
/// .NET reports such files as plain files of length 0, so on Linux the type is asked of the kernel
/// with <c>statx(2)</c>, whose buffer layout is the same on every architecture.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class RegularFile
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxBufferBytes = 256;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;

    /// <summary>
    /// True when <paramref name="path"/> (after following links) is a regular file; false for a device,
    /// pipe, socket or a path that names nothing; null when the system cannot say (not Linux), where
    /// callers rely on the length limit of their bounded read instead.
    /// </summary>
    public static bool? IsRegular(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[StatxBufferBytes];
        try
        {
            if (NativeMethods.Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        int mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularType;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Statx(int directory, string path, int flags, uint mask, byte[] buffer);
    }
}
