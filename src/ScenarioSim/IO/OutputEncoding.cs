using System.Text;

namespace ScenarioSim.IO;

/// <summary>The text encoding of every file ScenarioSim writes: UTF-8 without a byte order mark.</summary>
internal static class OutputEncoding
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>A writer over <paramref name="stream"/> that leaves it open and writes <c>\n</c> for new lines.</summary>
    public static StreamWriter CreateWriter(Stream stream) =>
        new(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };
}
