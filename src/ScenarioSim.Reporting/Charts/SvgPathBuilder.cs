using System.Text;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Builds SVG path data (<c>M x y L x y … Z</c>) with numbers formatted by <see cref="SvgNumber"/>.
/// Points with a NaN coordinate break the line: the next valid point starts a new sub-path.
/// </summary>
/// <remarks>Not thread-safe; build a path on one thread.</remarks>
internal sealed class SvgPathBuilder
{
    private readonly StringBuilder _data = new();
    private bool _penDown;

    /// <summary>True when nothing has been drawn.</summary>
    public bool IsEmpty => _data.Length == 0;

    /// <summary>A polyline through <paramref name="points"/>, broken at points with a NaN coordinate.</summary>
    /// <param name="points">The vertices in drawing order.</param>
    /// <returns>The path data.</returns>
    public static string Line(IEnumerable<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var path = new SvgPathBuilder();
        foreach (var (x, y) in points)
        {
            path.LineTo(x, y);
        }

        return path.ToString();
    }

    /// <summary>
    /// A closed band between a lower and an upper line over the same x positions: along the upper
    /// line, back along the lower one. Points with a NaN coordinate are skipped.
    /// </summary>
    /// <param name="points">Each x with the band's lower and upper y.</param>
    /// <returns>The path data; empty when no point is valid.</returns>
    public static string Band(IEnumerable<(double X, double Low, double High)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var valid = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Low) && double.IsFinite(p.High)).ToList();
        var path = new SvgPathBuilder();
        foreach (var (x, _, high) in valid)
        {
            path.LineTo(x, high);
        }

        for (int i = valid.Count - 1; i >= 0; i--)
        {
            path.LineTo(valid[i].X, valid[i].Low);
        }

        if (!path.IsEmpty)
        {
            path.Close();
        }

        return path.ToString();
    }

    /// <summary>Starts a new sub-path at (x, y).</summary>
    /// <param name="x">The x position.</param>
    /// <param name="y">The y position.</param>
    /// <returns>This builder.</returns>
    public SvgPathBuilder MoveTo(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            _penDown = false;
            return this;
        }

        Append('M', x, y);
        _penDown = true;
        return this;
    }

    /// <summary>Draws a straight line to (x, y), or starts a sub-path there if none is open.</summary>
    /// <param name="x">The x position.</param>
    /// <param name="y">The y position.</param>
    /// <returns>This builder.</returns>
    public SvgPathBuilder LineTo(double x, double y)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            _penDown = false;
            return this;
        }

        if (!_penDown)
        {
            return MoveTo(x, y);
        }

        Append('L', x, y);
        return this;
    }

    /// <summary>Closes the current sub-path.</summary>
    /// <returns>This builder.</returns>
    public SvgPathBuilder Close()
    {
        if (_data.Length > 0)
        {
            _data.Append(" Z");
        }

        _penDown = false;
        return this;
    }

    /// <summary>The path data.</summary>
    /// <returns>The text for a <c>d</c> attribute.</returns>
    public override string ToString() => _data.ToString();

    private void Append(char command, double x, double y)
    {
        if (_data.Length > 0)
        {
            _data.Append(' ');
        }

        _data.Append(command).Append(SvgNumber.Format(x)).Append(' ').Append(SvgNumber.Format(y));
    }
}
