using System.Globalization;

namespace ScenarioSim.Diagnostics;

/// <summary>Spelling hints: a suggestion is offered only when exactly one candidate is close.</summary>
internal static class Spelling
{
    /// <summary>The largest edit distance at which a name still counts as a likely misspelling.</summary>
    public const int MaxDistance = 2;

    /// <summary>Most names a message lists (allowed region ids, say) before it says "… and N more".</summary>
    public const int MaxListedNames = 20;

    /// <summary>
    /// The single candidate within <see cref="MaxDistance"/> edits of <paramref name="text"/>, or
    /// <see langword="null"/> when none or several are that close (a hint must be certain).
    /// </summary>
    public static string? SingleClosest(string text, IEnumerable<string> candidates)
    {
        string? found = null;
        foreach (string candidate in candidates)
        {
            // The length gap is a lower bound of the distance: most candidates are ruled out without
            // computing it, which keeps thousands of unknown names against thousands of ids fast.
            if (candidate == text || Math.Abs(candidate.Length - text.Length) > MaxDistance || Distance(text, candidate) > MaxDistance)
            {
                continue;
            }

            if (found is not null && found != candidate)
            {
                return null;
            }

            found = candidate;
        }

        return found;
    }

    /// <summary>"; did you mean 'x'?" when exactly one candidate is close, else empty.</summary>
    public static string Hint(string text, IEnumerable<string> candidates) =>
        SingleClosest(text, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    /// <summary>Levenshtein distance (insertions, deletions and substitutions each cost 1), exact up to <see cref="MaxDistance"/>; any larger distance is reported as <c>MaxDistance + 1</c>.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
            if (previous.AsSpan().IndexOfAnyInRange(0, MaxDistance) < 0)
            {
                // Every cell of the row is past MaxDistance, and later rows never get smaller.
                return MaxDistance + 1;
            }
        }

        return previous[b.Length];
    }

    /// <summary>
    /// Names quoted and comma-separated, e.g. <c>'a', 'b'</c>; after <see cref="MaxListedNames"/>
    /// names the rest are counted (<c>… and 980 more</c>), so a message stays one readable line.
    /// </summary>
    public static string QuotedList(IEnumerable<string> names)
    {
        var all = names as IReadOnlyCollection<string> ?? names.ToList();
        string shown = string.Join(", ", all.Take(MaxListedNames).Select(n => $"'{n}'"));
        int rest = all.Count - MaxListedNames;
        return rest > 0 ? string.Create(CultureInfo.InvariantCulture, $"{shown}, … and {rest:N0} more") : shown;
    }
}
