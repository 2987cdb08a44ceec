using System.Globalization;
using System.Text;

namespace ScenarioSim.Model;

/// <summary>
/// The <see cref="ParameterTable"/> as the Markdown table of docs/scenario-format.md ("Numeric parameters"),
/// which a test holds equal to this text so the docs cannot drift from the code.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ParameterTableMarkdown
{
    /// <summary>The table, one row per parameter, lines ending in <c>\n</c>.</summary>
    public static string Render()
    {
        var text = new StringBuilder();
        text.Append("| path | `--set` form | unit | default | rule | what it does |\n");
        text.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var p in ParameterTable.All)
        {
            string unit = p.IsWhole ? p.Unit + ", whole" : p.Unit;
            string fallback = p.Default is double value ? value.ToString(CultureInfo.InvariantCulture) : p.Absent;
            text.Append(CultureInfo.InvariantCulture, $"| `{Letters(p.Template)}` | `{SetForm(p.Template)}` | {unit} | {fallback} | {p.Rule} | {p.Doc} |\n");
        }

        return text.ToString();
    }

    /// <summary>The path as <c>--set</c> and <c>--fit</c> take it, with list items by id or name where they have one.</summary>
    private static string SetForm(string template) => Letters(template
        .Replace("regions[]", "regions.ID", StringComparison.Ordinal)
        .Replace("forces[]", "forces.CONTINGENT/REGION", StringComparison.Ordinal)
        .Replace("states[]", "states.STATE", StringComparison.Ordinal)
        .Replace("next[].weight", "next.TARGET", StringComparison.Ordinal)
        .Replace("events[]", "events.NAME", StringComparison.Ordinal));

    /// <summary>The template's list indices as <c>[i]</c>, then <c>[j]</c>: <c>forces[i].schedule[j].troops</c>, as diagnostics write paths.</summary>
    private static string Letters(string template)
    {
        int first = template.IndexOf("[]", StringComparison.Ordinal);
        return first < 0
            ? template
            : template[..first] + "[i]" + template[(first + 2)..].Replace("[]", "[j]", StringComparison.Ordinal);
    }
}
