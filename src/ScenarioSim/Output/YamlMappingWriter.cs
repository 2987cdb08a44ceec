using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScenarioSim.Output;

/// <summary>
/// Writes a flat YAML mapping (<c>key: value</c> lines after <c>#</c> comment lines) through YamlDotNet's
/// emitter, comments included, never by joining strings: a key or value that YAML would read differently is quoted, and
/// a comment holding a line break (a <c>--data</c> path with a newline, say) stays comment lines, so
/// nothing a user typed can become an active entry. Numbers are written in invariant culture,
/// shortest round-trip form. Lines end with <c>\n</c> on every platform.
/// </summary>
/// <remarks>Stateless and thread-safe; what calibrate's override files (<c>fitted.yaml</c>) are written with.</remarks>
internal static class YamlMappingWriter
{
    private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029', '\f', '\v'];

    /// <summary>Writes <paramref name="comments"/> as <c>#</c> lines, then <paramref name="entries"/> as one mapping.</summary>
    /// <param name="writer">Receives the text.</param>
    /// <param name="comments">Comment text, without the <c>#</c>; one comment line each, or several when the text holds line breaks.</param>
    /// <param name="entries">Keys and values in order; values are plain text, quoted only when YAML needs it.</param>
    public static void Write(TextWriter writer, IEnumerable<string> comments, IEnumerable<(string Key, string Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(entries);
        var emitter = new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024, newLine: "\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        foreach (string comment in comments)
        {
            // Every line break of any kind a reader might honour starts a new comment line, so text such
            // as a file name cannot end the comment and begin an entry.
            foreach (string line in comment.Split(LineBreaks))
            {
                emitter.Emit(new Comment(new string(line.Select(c => char.IsControl(c) && c != '\t' ? '?' : c).ToArray()), isInline: false));
            }
        }

        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Any));
        foreach (var (key, value) in entries)
        {
            emitter.Emit(new Scalar(key));
            emitter.Emit(new Scalar(value));
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    /// <summary>A number as an entry value: invariant culture, shortest round-trip form.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
