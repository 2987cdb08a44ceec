using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ScenarioSim.Tests.Reporting;

/// <summary>Pulls the charts out of a report page and reads their path data back as numbers.</summary>
internal static partial class ReportMarkup
{
    /// <summary>Every inline <c>svg</c> element of <paramref name="html"/>, parsed as XML (throws if one is not well-formed).</summary>
    public static IReadOnlyList<XElement> Charts(string html) =>
        SvgElement().Matches(html).Select(m => XElement.Parse(m.Value)).ToList();

    public static XElement Chart(string html, string id) =>
        Charts(html).Single(svg => (string?)svg.Attribute("id") == id);

    /// <summary>The vertices of path data made of M and L commands (and a closing Z).</summary>
    public static IReadOnlyList<(double X, double Y)> Points(string d) =>
        PathCommand().Matches(d)
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>A space-separated pair of numbers from a data attribute.</summary>
    public static (double A, double B) Pair(XElement element, string attribute)
    {
        string[] parts = ((string)element.Attribute(attribute)!).Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    [GeneratedRegex("<svg[ >].*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgElement();

    [GeneratedRegex(@"[ML](-?[0-9.]+) (-?[0-9.]+)")]
    private static partial Regex PathCommand();
}
