using System.Text;
using System.Text.RegularExpressions;
using ScenarioSim.Engine;

namespace ScenarioSim.Tests.Golden;

/// <summary>
/// The only differences between two runs of a golden case that are not a change of the outputs, and how
/// each is written out of the bytes before they are compared. Everything else must match to the byte.
/// <list type="number">
/// <item>Absolute paths: the case's directory becomes <c>&lt;out&gt;</c> and the shipped scenarios' folder
/// <c>&lt;shipped&gt;</c>, in every file (they appear in console messages).</item>
/// <item>The report's date, in <c>.html</c> files only: the date after "Report generated" in the header's
/// list and in the footer becomes <c>&lt;generated-on&gt;</c>.</item>
/// <item>The library version, in <c>.json</c> files only: <c>"version": "X.Y.Z"</c> with the version of the
/// library under test becomes <c>"version": "&lt;library-version&gt;"</c>. The seals of shard files
/// (<c>content_sha256</c>) cover the version, so changing the version still changes them: regenerate then.</item>
/// </list>
/// </summary>
internal static partial class GoldenNormalisation
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes of <paramref name="relativePath"/> with the rules above applied.</summary>
    public static byte[] Normalise(string relativePath, byte[] bytes, string caseDirectory, string shippedDirectory)
    {
        string text = StrictUtf8.GetString(bytes);
        text = text.Replace(caseDirectory, GoldenPaths.Out, StringComparison.Ordinal)
            .Replace(shippedDirectory, GoldenPaths.Shipped, StringComparison.Ordinal);
        if (relativePath.EndsWith(".html", StringComparison.Ordinal))
        {
            text = ReportDate().Replace(text, "${label}<generated-on>");
        }
        else if (relativePath.EndsWith(".json", StringComparison.Ordinal))
        {
            text = text.Replace($"\"version\": \"{LibraryVersion.Current}\"", "\"version\": \"<library-version>\"", StringComparison.Ordinal);
        }

        return StrictUtf8.GetBytes(text);
    }

    [GeneratedRegex(@"(?<label>Report generated</dt><dd>|Report generated on )[0-9]{4}-[0-9]{2}-[0-9]{2}")]
    private static partial Regex ReportDate();
}
