using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>Tests for <see cref="Log1P"/>.</summary>
public sealed class Log1PTests
{
    // ln(1 + x) to full precision, from its Taylor series x − x²/2 + x³/3 for tiny x and Math.Log elsewhere.
    private static readonly object[] Cases =
    [
        new object[] { 1e-20, 1e-20 },
        new object[] { -1e-12, -1e-12 - 5e-25 },
        new object[] { 1e-10, 1e-10 - 5e-21 },
        new object[] { -1e-6, -1e-6 - 5e-13 - (1e-18 / 3) },
        new object[] { 0.5, Math.Log(1.5) },
        new object[] { -0.5, Math.Log(0.5) },
        new object[] { 1e6, Math.Log(1e6 + 1) },
    ];

    [TestCaseSource(nameof(Cases))]
    public void Of_Value_AccurateToAFewUlps(double x, double expected)
    {
        double ulp = Math.BitIncrement(Math.Abs(expected)) - Math.Abs(expected);
        Assert.That(Log1P.Of(x), Is.EqualTo(expected).Within(4 * ulp));
    }

    [Test]
    public void Of_MinusOne_IsNegativeInfinity()
    {
        Assert.That(Log1P.Of(-1), Is.EqualTo(double.NegativeInfinity));
    }
}
