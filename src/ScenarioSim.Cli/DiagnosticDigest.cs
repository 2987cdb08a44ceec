using System.Globalization;
using System.Text.RegularExpressions;
using ScenarioSim.Input;

namespace ScenarioSim.Cli;

/// <summary>
/// Prints diagnostics without drowning the user: after <see cref="InputLimits.MaxDiagnosticsLikeThis"/>
/// messages of the same kind (the same wording once paths, numbers and quoted names are set aside) the
/// rest are counted, "… and 9,990 more like this", and after <see cref="InputLimits.MaxDiagnostics"/>
/// in all the remainder is counted too. The exit code does not change.
/// </summary>
internal static partial class DiagnosticDigest
{
    /// <summary>Writes <paramref name="lines"/>, each one <c>file:line:col: error: message</c>, capped as described.</summary>
    /// <param name="error">Receives the lines.</param>
    /// <param name="lines">The formatted diagnostics and their bare messages, in order.</param>
    public static void Write(TextWriter error, IEnumerable<(string Line, string Message)> lines)
    {
        var shownOfKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var hiddenOfKind = new Dictionary<string, (int Count, string Example)>(StringComparer.Ordinal);
        var kindsInOrder = new List<string>();
        int shown = 0;
        int hiddenOverall = 0;
        foreach (var (line, message) in lines)
        {
            string kind = Kind(message);
            int ofKind = shownOfKind.GetValueOrDefault(kind);
            if (ofKind < InputLimits.MaxDiagnosticsLikeThis && shown < InputLimits.MaxDiagnostics)
            {
                error.WriteLine(line);
                shownOfKind[kind] = ofKind + 1;
                shown++;
            }
            else if (ofKind >= InputLimits.MaxDiagnosticsLikeThis)
            {
                if (!hiddenOfKind.TryGetValue(kind, out var hidden))
                {
                    kindsInOrder.Add(kind);
                    hidden = (0, message);
                }

                hiddenOfKind[kind] = (hidden.Count + 1, hidden.Example);
            }
            else
            {
                hiddenOverall++;
            }
        }

        foreach (string kind in kindsInOrder)
        {
            var (count, example) = hiddenOfKind[kind];
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"error: … and {count:N0} more like this: {Shorten(example)}"));
        }

        if (hiddenOverall > 0)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"error: … and {hiddenOverall:N0} more problems (only the first {InputLimits.MaxDiagnostics} are shown)"));
        }
    }

    /// <summary>The wording of a message with its particulars (indices, numbers, quoted names) blanked out.</summary>
    private static string Kind(string message) => Particulars().Replace(message, "#");

    private static string Shorten(string message) => message.Length <= 160 ? message : message[..157] + "...";

    [GeneratedRegex(@"'[^']*'|\[\d+\]|-?\d[\d.,eE+-]*")]
    private static partial Regex Particulars();
}
