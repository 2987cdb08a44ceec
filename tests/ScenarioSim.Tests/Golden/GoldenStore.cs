using System.IO.Compression;

namespace ScenarioSim.Tests.Golden;

/// <summary>
/// The expected files of the golden cases in the source tree, <c>expected/{case}/{relative path}</c>. Files
/// larger than <see cref="CompressAbove"/> bytes are kept gzip-compressed as <c>{relative path}.gz</c> so that
/// the whole set stays small; they are compared after decompression, to the byte.
/// </summary>
internal static class GoldenStore
{
    /// <summary>Files larger than this are stored compressed.</summary>
    public const int CompressAbove = 16 * 1024;

    private const string Compressed = ".gz";

    /// <summary>The expected files of <paramref name="caseName"/> by relative path ('/'-separated); empty when it has none.</summary>
    public static SortedDictionary<string, byte[]> Read(string caseName)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        string directory = Path.Combine(GoldenPaths.ExpectedDirectory, caseName);
        if (!Directory.Exists(directory))
        {
            return files;
        }

        foreach (string path in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(directory, path).Replace('\\', '/');
            byte[] bytes = File.ReadAllBytes(path);
            if (relative.EndsWith(Compressed, StringComparison.Ordinal))
            {
                files[relative[..^Compressed.Length]] = Decompress(bytes);
            }
            else
            {
                files[relative] = bytes;
            }
        }

        return files;
    }

    /// <summary>
    /// Makes <c>expected/{caseName}</c> hold exactly <paramref name="actual"/>: files whose content is unchanged
    /// are not rewritten (so an update shows only real changes), others are written, stale ones deleted.
    /// </summary>
    public static void Write(string caseName, IReadOnlyDictionary<string, byte[]> actual)
    {
        string directory = Path.Combine(GoldenPaths.ExpectedDirectory, caseName);
        var expected = Read(caseName);
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (relative, bytes) in actual)
        {
            bool compress = bytes.Length > CompressAbove;
            string stored = compress ? relative + Compressed : relative;
            keep.Add(stored);
            string path = Path.Combine(directory, stored);
            if (File.Exists(path) && expected.TryGetValue(relative, out byte[]? old) && old.AsSpan().SequenceEqual(bytes))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, compress ? Compress(bytes) : bytes);
        }

        if (!Directory.Exists(directory))
        {
            return;
        }

        foreach (string path in Directory.GetFiles(directory, "*", SearchOption.AllDirectories))
        {
            if (!keep.Contains(Path.GetRelativePath(directory, path).Replace('\\', '/')))
            {
                File.Delete(path);
            }
        }
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static byte[] Decompress(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
