using System.Text;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Writes SVG markup element by element, escaping every attribute value and text with
/// <see cref="Markup.Escape"/>, so that names from scenario files cannot break the markup. Attributes
/// whose value is <see langword="null"/> are left out.
/// </summary>
/// <remarks>Not thread-safe; build a chart on one thread.</remarks>
internal sealed class SvgBuilder
{
    private readonly StringBuilder _markup = new();
    private readonly Stack<string> _open = new();

    /// <summary>Elements opened and not yet closed.</summary>
    public int Depth => _open.Count;

    /// <summary>Opens an element that will hold children.</summary>
    /// <param name="name">The element name, e.g. <c>g</c>.</param>
    /// <param name="attributes">Name–value pairs; null values are skipped.</param>
    /// <returns>This builder.</returns>
    public SvgBuilder Open(string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(name, attributes);
        _markup.Append('>');
        _open.Push(name);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No element is open.</exception>
    public SvgBuilder Close()
    {
        if (_open.Count == 0)
        {
            throw new InvalidOperationException("No SVG element is open.");
        }

        _markup.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>Writes an element without children, e.g. a <c>line</c> or <c>path</c>.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="attributes">Name–value pairs; null values are skipped.</param>
    /// <returns>This builder.</returns>
    public SvgBuilder Element(string name, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(name, attributes);
        _markup.Append("/>");
        return this;
    }

    /// <summary>Writes an element holding only text, e.g. a <c>text</c> or <c>title</c>.</summary>
    /// <param name="name">The element name.</param>
    /// <param name="text">The text, escaped here.</param>
    /// <param name="attributes">Name–value pairs; null values are skipped.</param>
    /// <returns>This builder.</returns>
    public SvgBuilder Text(string name, string text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(name, attributes);
        _markup.Append('>').Append(Markup.Escape(text)).Append("</").Append(name).Append('>');
        return this;
    }

    /// <summary>The markup written so far.</summary>
    /// <returns>The SVG text.</returns>
    /// <exception cref="InvalidOperationException">An element is still open.</exception>
    public override string ToString() =>
        _open.Count == 0
            ? _markup.ToString()
            : throw new InvalidOperationException($"The SVG element '{_open.Peek()}' is still open.");

    private void StartTag(string name, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        _markup.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
        {
            if (value is not null)
            {
                _markup.Append(' ').Append(attribute).Append("=\"").Append(Markup.Escape(value)).Append('"');
            }
        }
    }
}
