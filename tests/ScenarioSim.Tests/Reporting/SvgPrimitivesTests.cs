using System.Xml.Linq;
using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class SvgPrimitivesTests
{
    [TestCase(12.3456, "12.35")]
    [TestCase(-3.0, "-3")]
    [TestCase(-0.001, "0")]
    [TestCase(1234567.891, "1234567.89")]
    [TestCase(1e-7, "0")]
    [TestCase(double.NaN, "0")]
    public void SvgNumber_Format_InvariantTwoDecimalsNoExponent(double value, string expected) =>
        Assert.That(SvgNumber.Format(value), Is.EqualTo(expected));

    [Test]
    public void Line_NaNPoint_BreaksThePath()
    {
        string d = SvgPathBuilder.Line([(0, 1), (1, 2), (2, double.NaN), (3, 4), (4, 5.5)]);

        Assert.That(d, Is.EqualTo("M0 1 L1 2 M3 4 L4 5.5"));
    }

    [Test]
    public void Band_GoesAlongTheTopAndBackAlongTheBottom()
    {
        string d = SvgPathBuilder.Band([(0, 10, 20), (5, 11, 21)]);

        Assert.That(d, Is.EqualTo("M0 20 L5 21 L5 11 L0 10 Z"));
    }

    [Test]
    public void Band_NoValidPoint_Empty() =>
        Assert.That(SvgPathBuilder.Band([(0, double.NaN, 1)]), Is.Empty);

    [Test]
    public void Markup_Escape_EveryMarkupCharacter() =>
        Assert.That(Markup.Escape("<a href=\"x\">Tom & Jerry's</a>\u0001"), Is.EqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;"));

    [Test]
    public void SvgBuilder_HostileText_StaysWellFormed()
    {
        var svg = new SvgBuilder();
        svg.Open("svg", ("id", "a\"b"), ("skipped", null));
        svg.Text("title", "</title><script>alert(1)</script>");
        svg.Close();

        var root = XDocument.Parse(svg.ToString()).Root!;

        Assert.That(root.Attribute("id")!.Value, Is.EqualTo("a\"b"));
        Assert.That(root.Attribute("skipped"), Is.Null);
        Assert.That(root.Element("title")!.Value, Is.EqualTo("</title><script>alert(1)</script>"));
        Assert.That(root.Elements("script"), Is.Empty);
    }

    [Test]
    public void SvgBuilder_UnclosedElement_Throws()
    {
        var svg = new SvgBuilder().Open("g");

        Assert.That(svg.ToString, Throws.InvalidOperationException);
    }
}
