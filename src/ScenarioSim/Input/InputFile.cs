using System.Globalization;
using System.Text;

namespace ScenarioSim.Input;

/// <summary>
/// Reads an input file's text safely: only a regular file (never a device, pipe or socket, which are
/// refused before they are opened), and never more than a size limit, so <c>/dev/zero</c>, a FIFO or
/// a huge file is refused at once with a clear reason instead of being read forever.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class InputFile
{
    /// <summary>Reads the text of <paramref name="path"/> (UTF-8, or as its byte-order mark says); on failure returns null and says why in <paramref name="reason"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The largest size accepted.</param>
    /// <param name="reason">Why the file could not be read, as the end of a sentence: "the file does not exist".</param>
    public static string? TryReadText(string path, long maxBytes, out string reason)
    {
        reason = string.Empty;
        try
        {
            if (Directory.Exists(path))
            {
                reason = "it is a directory, not a file";
                return null;
            }

            if (!File.Exists(path))
            {
                reason = "the file does not exist";
                return null;
            }

            if (RegularFile.IsRegular(path) == false)
            {
                reason = "it is not a regular file (a device, pipe or socket); give a file on disk";
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            using var bounded = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (bounded.Length + read > maxBytes)
                {
                    reason = string.Create(
                        CultureInfo.InvariantCulture,
                        $"it is larger than the limit of {Size(maxBytes)}");
                    return null;
                }

                bounded.Write(buffer, 0, read);
            }

            bounded.Position = 0;
            using var text = new StreamReader(bounded, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return text.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            reason = e switch
            {
                FileNotFoundException or DirectoryNotFoundException => "the file does not exist",
                UnauthorizedAccessException => "access is denied",
                _ => e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.'),
            };
            return null;
        }
    }

    /// <summary>A byte count as users read it: <c>16 MiB</c>.</summary>
    public static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024)} MiB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
