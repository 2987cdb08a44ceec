using System.Text;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Escapes text for HTML and SVG (XML) content and attribute values: <c>&amp;</c>, <c>&lt;</c>,
/// <c>&gt;</c>, <c>"</c> and <c>'</c>, and drops control characters that XML does not allow.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Markup
{
    /// <summary>Escapes <paramref name="text"/>.</summary>
    /// <param name="text">Any text, such as a scenario or region name.</param>
    /// <returns>Text safe inside an element or a quoted attribute.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                case '\t' or '\n' or '\r': escaped.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
