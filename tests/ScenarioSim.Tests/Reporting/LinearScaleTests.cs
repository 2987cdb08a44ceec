using ScenarioSim.Reporting.Charts;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class LinearScaleTests
{
    [Test]
    public void Map_VerticalAxis_MinimumAtBottom()
    {
        var scale = new LinearScale(0, 100, 300, 20);

        Assert.That(scale.Map(0), Is.EqualTo(300));
        Assert.That(scale.Map(100), Is.EqualTo(20));
        Assert.That(scale.Map(50), Is.EqualTo(160));
    }

    [TestCase(-40.0)]
    [TestCase(0.0)]
    [TestCase(12.345)]
    [TestCase(250.0)]
    public void Invert_OfMap_ReturnsTheValue(double value)
    {
        var scale = new LinearScale(-50, 200, 64, 902);

        Assert.That(scale.Invert(scale.Map(value)), Is.EqualTo(value).Within(1e-9));
    }

    [Test]
    public void Map_DegenerateDomain_MiddleOfRangeAndInvertGivesTheValue()
    {
        var scale = new LinearScale(7, 7, 0, 100);

        Assert.That(scale.IsDegenerate, Is.True);
        Assert.That(scale.Map(7), Is.EqualTo(50));
        Assert.That(scale.Invert(13), Is.EqualTo(7));
    }

    [Test]
    public void MapClamped_OutsideDomain_StaysInRange()
    {
        var scale = new LinearScale(0, 1, 100, 0);

        Assert.That(scale.MapClamped(2), Is.EqualTo(0));
        Assert.That(scale.MapClamped(-1), Is.EqualTo(100));
    }

    [Test]
    public void Constructor_NaNBound_Throws() =>
        Assert.That(() => new LinearScale(double.NaN, 1, 0, 1), Throws.TypeOf<ArgumentOutOfRangeException>());
}
