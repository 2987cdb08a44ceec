namespace ScenarioSim.Model;

/// <summary>
/// The one reader of parameter paths: splits <c>regions.anbar.militia.base_rate</c> or
/// <c>forces[0].schedule[2].troops</c> into its parts (names, and list indices written <c>[n]</c>), each
/// with its 1-based column, for <c>--set</c>, <c>--set-file</c>, sweeps, sensitivity, calibration's
/// <c>--fit</c> and the <see cref="ParameterTable"/>'s matching of model paths.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ParameterPath
{
    /// <summary>
    /// Splits <paramref name="path"/> into its parts; false, with the column of the first problem and which
    /// problem it is, when an index is not <c>[n]</c> with n ≥ 0 or a part is empty.
    /// </summary>
    public static bool TryParse(string path, out List<PathSegment> segments, out PathProblem problem, out int column)
    {
        segments = [];
        problem = PathProblem.None;
        column = 0;
        int i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                int close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), out int index) || index < 0)
                {
                    return Fail(PathProblem.BadIndex, i + 1, out problem, out column);
                }

                segments.Add(new PathSegment(path[i..(close + 1)], index, i + 1));
                i = close + 1;
                if (i < path.Length && path[i] == '.')
                {
                    i++;
                }

                continue;
            }

            int end = path.IndexOfAny(['.', '['], i);
            if (end < 0)
            {
                end = path.Length;
            }

            if (end == i)
            {
                return Fail(PathProblem.EmptyPart, i + 1, out problem, out column);
            }

            segments.Add(new PathSegment(path[i..end], null, i + 1));
            i = end < path.Length && path[end] == '.' ? end + 1 : end;
        }

        if (segments.Count == 0 || path.EndsWith('.'))
        {
            return Fail(PathProblem.EmptyPart, Math.Max(1, path.Length), out problem, out column);
        }

        return true;
    }

    /// <summary>
    /// The parts of a model path in canonical form (names joined by <c>.</c>, indices <c>[n]</c> in plain
    /// digits written straight after their list), or null when <paramref name="path"/> is not one.
    /// </summary>
    public static List<PathSegment>? Canonical(string path)
    {
        if (!TryParse(path, out var segments, out _, out _))
        {
            return null;
        }

        var joined = new System.Text.StringBuilder(path.Length);
        foreach (var segment in segments)
        {
            if (segment.Index is null)
            {
                joined.Append(joined.Length == 0 ? string.Empty : ".").Append(segment.Text);
            }
            else if (segment.Text.AsSpan(1, segment.Text.Length - 2).ContainsAnyExcept("0123456789"))
            {
                return null;
            }
            else
            {
                joined.Append(segment.Text);
            }
        }

        return joined.ToString() == path ? segments : null;
    }

    private static bool Fail(PathProblem kind, int at, out PathProblem problem, out int column)
    {
        problem = kind;
        column = at;
        return false;
    }
}
