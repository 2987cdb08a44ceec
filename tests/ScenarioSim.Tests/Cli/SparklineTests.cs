using ScenarioSim.Cli;

namespace ScenarioSim.Tests.Cli;

[TestFixture]
public sealed class SparklineTests
{
    [TestCase(new[] { 1.0, 2, 3, 4, 5, 6, 7, 8 }, "▁▂▃▄▅▆▇█")]
    [TestCase(new[] { 5.0, 5, 5 }, "▄▄▄")]
    [TestCase(new[] { 0.0, 0 }, "▁▁")]
    [TestCase(new[] { 0.0, double.NaN, 10 }, "▁ █")]
    [TestCase(new double[0], "")]
    public void Sparkline_Render(double[] values, string expected) =>
        Assert.That(Sparkline.Render(values), Is.EqualTo(expected));
}
