using System.Globalization;
using System.Text;
using ScenarioSim.Output;
using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Reporting;

/// <summary>
/// A self-contained HTML page: inline CSS, charts as inline SVG, one small inline script, and a
/// Content-Security-Policy that forbids every network fetch, so the file reads the same offline,
/// attached to an e-mail or archived. Text added through this class is escaped; SVG is inserted as
/// built by the chart module. The script only marks the page as rendered
/// (<c>#report-status[data-state=ok]</c>), which the browser check reads; the page needs no script.
/// </summary>
/// <remarks>Not thread-safe: build a page on one thread.</remarks>
public sealed class HtmlDocument
{
    /// <summary>The <c>id</c> of the element whose <c>data-state</c> the inline script sets to <c>ok</c>.</summary>
    public const string StatusElementId = "report-status";

    // UTF-8 without a byte order mark, as every file ScenarioSim writes (the core's outputs use the same settings).
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string Style = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f6f6f4; color: #222; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        main { max-width: 980px; margin: 0 auto; padding: 24px 24px 48px; background: #fff; }
        header { border-bottom: 3px solid #0072B2; margin-bottom: 16px; padding-bottom: 8px; }
        h1 { font-size: 26px; margin: 0 0 8px; }
        h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
        dl.facts dt { color: #666; }
        dl.facts dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
        nav ul { columns: 2; margin: 8px 0; padding-left: 20px; }
        a { color: #0062a0; }
        p.note { color: #555; font-size: 14px; }
        figure { margin: 12px 0 20px; }
        figure svg { max-width: 100%; height: auto; display: block; }
        figcaption { color: #555; font-size: 13px; margin-top: 4px; }
        .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 8px 16px; }
        .table { overflow-x: auto; }
        table { border-collapse: collapse; font-size: 12.5px; margin: 8px 0 16px; width: 100%; }
        th, td { padding: 3px 5px; border-bottom: 1px solid #e4e4e4; text-align: left; }
        th { background: #f0f0ee; font-weight: 600; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        ol.key-dates li { margin: 2px 0; }
        .tag { display: inline-block; min-width: 20px; padding: 0 4px; border-radius: 3px; background: #D55E00; color: #fff; font-size: 12px; font-weight: 600; text-align: center; margin-right: 6px; }
        footer { margin-top: 32px; color: #666; font-size: 13px; border-top: 1px solid #ddd; padding-top: 8px; }
        @media print { body { background: #fff; } main { padding: 0; } figure, table { break-inside: avoid; } }
        """;

    // Runs last; a script error anywhere leaves the status at "static", which the browser check treats as a failure.
    private const string Script = """
        (function () {
          var status = document.getElementById("report-status");
          var charts = document.querySelectorAll("svg.chart").length;
          status.setAttribute("data-charts", String(charts));
          status.setAttribute("data-state", charts > 0 ? "ok" : "empty");
        })();
        """;

    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Heading)> _contents = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>Creates an empty page.</summary>
    /// <param name="title">The page title (the browser tab and the first heading).</param>
    /// <param name="generatedOn">The date the report is made, shown in the footer; <c>summary.json</c> itself carries no date.</param>
    public HtmlDocument(string title, DateOnly generatedOn)
    {
        ArgumentNullException.ThrowIfNull(title);
        Title = title;
        GeneratedOn = generatedOn;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The date the report is made.</summary>
    public DateOnly GeneratedOn { get; }

    /// <summary>Charts added so far.</summary>
    public int ChartCount { get; private set; }

    /// <summary>
    /// An element id made from <paramref name="stem"/> (lowercase letters, digits and hyphens), unique
    /// within the page: the first use returns the stem itself, later ones append <c>-2</c>, <c>-3</c>, ….
    /// </summary>
    /// <param name="stem">A readable base such as <c>fan-troops-all</c>.</param>
    /// <returns>The id.</returns>
    public string UniqueId(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var clean = new StringBuilder(stem.Length);
        foreach (char c in stem.ToLowerInvariant())
        {
            clean.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        string id = clean.Length == 0 || !char.IsLetter(clean[0]) ? "x-" + clean : clean.ToString();
        int count = _ids.TryGetValue(id, out int seen) ? seen + 1 : 1;
        _ids[id] = count;
        return count == 1 ? id : string.Create(CultureInfo.InvariantCulture, $"{id}-{count}");
    }

    /// <summary>Adds the page header: a heading and a list of facts such as scenario, hash and seed.</summary>
    /// <param name="heading">The first-level heading.</param>
    /// <param name="facts">Term–value pairs.</param>
    public void AddHeader(string heading, IEnumerable<(string Term, string Value)> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _body.Append("<header><h1>").Append(Markup.Escape(heading)).Append("</h1><dl class=\"facts\">");
        foreach (var (term, value) in facts)
        {
            _body.Append("<dt>").Append(Markup.Escape(term)).Append("</dt><dd>").Append(Markup.Escape(value)).Append("</dd>");
        }

        _body.Append("</dl></header>\n");
    }

    /// <summary>Starts a section with a second-level heading, listed in the page's contents.</summary>
    /// <param name="heading">The heading.</param>
    /// <returns>The section's id, for links.</returns>
    public string AddSection(string heading)
    {
        string id = UniqueId("section-" + heading);
        _contents.Add((id, heading));
        _body.Append("<h2 id=\"").Append(id).Append("\">").Append(Markup.Escape(heading)).Append("</h2>\n");
        return id;
    }

    /// <summary>Adds a third-level heading.</summary>
    /// <param name="heading">The heading.</param>
    public void AddSubheading(string heading) =>
        _body.Append("<h3>").Append(Markup.Escape(heading)).Append("</h3>\n");

    /// <summary>Adds a paragraph of plain text.</summary>
    /// <param name="text">The text, escaped here.</param>
    /// <param name="isNote">True for a smaller, muted explanatory note.</param>
    public void AddParagraph(string text, bool isNote = false) =>
        _body.Append(isNote ? "<p class=\"note\">" : "<p>").Append(Markup.Escape(text)).Append("</p>\n");

    /// <summary>Adds one chart with a caption.</summary>
    /// <param name="svg">An <c>svg</c> element from the chart module.</param>
    /// <param name="caption">The caption, escaped here.</param>
    public void AddFigure(string svg, string caption)
    {
        ArgumentNullException.ThrowIfNull(svg);
        ChartCount++;
        _body.Append("<figure>").Append(svg).Append("<figcaption>").Append(Markup.Escape(caption)).Append("</figcaption></figure>\n");
    }

    /// <summary>Adds charts side by side as small multiples, wrapping to the page width.</summary>
    /// <param name="figures">Each chart's <c>svg</c> element and caption.</param>
    public void AddFigureGrid(IEnumerable<(string Svg, string Caption)> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        _body.Append("<div class=\"grid\">");
        foreach (var (svg, caption) in figures)
        {
            ChartCount++;
            _body.Append("<figure>").Append(svg).Append("<figcaption>").Append(Markup.Escape(caption)).Append("</figcaption></figure>");
        }

        _body.Append("</div>\n");
    }

    /// <summary>Adds a numbered list of key dates, numbered as the charts' tags.</summary>
    /// <param name="keyDates">The dates in tag order.</param>
    public void AddKeyDates(IReadOnlyList<KeyDate> keyDates)
    {
        ArgumentNullException.ThrowIfNull(keyDates);
        _body.Append("<ol class=\"key-dates\">");
        for (int i = 0; i < keyDates.Count; i++)
        {
            _body.Append("<li><span class=\"tag\">").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("</span><time datetime=\"")
                .Append(Iso(keyDates[i].Date)).Append("\">").Append(Iso(keyDates[i].Date)).Append("</time>: ")
                .Append(Markup.Escape(keyDates[i].Label)).Append("</li>");
        }

        _body.Append("</ol>\n");
    }

    /// <summary>Adds a table; columns listed in <paramref name="numericColumns"/> are right-aligned.</summary>
    /// <param name="headings">Column headings.</param>
    /// <param name="rows">Cells, row by row, escaped here.</param>
    /// <param name="numericColumns">Zero-based indices of numeric columns.</param>
    public void AddTable(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int>? numericColumns = null)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(rows);
        numericColumns ??= new HashSet<int>();
        _body.Append("<div class=\"table\"><table><thead><tr>");
        for (int i = 0; i < headings.Count; i++)
        {
            _body.Append(numericColumns.Contains(i) ? "<th class=\"num\">" : "<th>").Append(Markup.Escape(headings[i])).Append("</th>");
        }

        _body.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                _body.Append(numericColumns.Contains(i) ? "<td class=\"num\">" : "<td>").Append(Markup.Escape(row[i])).Append("</td>");
            }

            _body.Append("</tr>");
        }

        _body.Append("</tbody></table></div>\n");
    }

    /// <summary>The complete page.</summary>
    /// <returns>HTML5 text.</returns>
    public string ToHtml()
    {
        var page = new StringBuilder(_body.Length + 8192);
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // Nothing may be fetched: styles, script and charts are all in this file.
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
            .Append("<meta name=\"generator\" content=\"ScenarioSim\">\n")
            .Append("<title>").Append(Markup.Escape(Title)).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n");
        int headerEnd = _body.ToString().IndexOf("</header>", StringComparison.Ordinal);
        string body = _body.ToString();
        if (headerEnd >= 0)
        {
            headerEnd += "</header>".Length;
            page.Append(body, 0, headerEnd).Append('\n').Append(Contents()).Append(body, headerEnd, body.Length - headerEnd);
        }
        else
        {
            page.Append(Contents()).Append(body);
        }

        page.Append("<footer>Report generated on ").Append(Iso(GeneratedOn))
            .Append(" by ScenarioSim. This file is self-contained: it loads nothing from the network. Charts are drawn as inline SVG by ScenarioSim's own chart code.</footer>\n")
            .Append("<p id=\"").Append(StatusElementId).Append("\" data-state=\"static\" hidden></p>\n")
            .Append("</main>\n<script>\n").Append(Script).Append("\n</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    /// <summary>Writes the page as UTF-8 without a byte order mark.</summary>
    /// <param name="stream">Receives the bytes; it is not closed.</param>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        byte[] bytes = Utf8.GetBytes(ToHtml());
        stream.Write(bytes);
    }

    private string Contents()
    {
        if (_contents.Count < 2)
        {
            return string.Empty;
        }

        var nav = new StringBuilder("<nav aria-label=\"Contents\"><ul>");
        foreach (var (id, heading) in _contents)
        {
            nav.Append("<li><a href=\"#").Append(id).Append("\">").Append(Markup.Escape(heading)).Append("</a></li>");
        }

        return nav.Append("</ul></nav>\n").ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
