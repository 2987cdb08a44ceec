using ScenarioSim.Analysis;

namespace ScenarioSim.Tests.Analysis;

public sealed class SobolSequenceTests
{
    /// <summary>The first eight points of the unscrambled sequence in three dimensions (as in SciPy's <c>Sobol(3, scramble=False)</c>).</summary>
    [Test]
    public void Generate_ThreeDimensions_KnownFirstPoints()
    {
        double[][] expected =
        [
            [0, 0, 0], [0.5, 0.5, 0.5], [0.75, 0.25, 0.25], [0.25, 0.75, 0.75],
            [0.375, 0.375, 0.625], [0.875, 0.875, 0.125], [0.625, 0.125, 0.875], [0.125, 0.625, 0.375],
        ];

        Assert.That(SobolSequence.Generate(8, 3), Is.EqualTo(expected));
    }

    /// <summary>
    /// Every dimension's first 2^m points fall once in each of the 2^m dyadic intervals; this holds for
    /// any valid direction numbers and catches a broken table row or recurrence.
    /// </summary>
    [TestCase(1)]
    [TestCase(6)]
    [TestCase(10)]
    public void Generate_FirstPowerOfTwoPoints_EachDyadicIntervalOncePerDimension(int m)
    {
        int n = 1 << m;
        var points = SobolSequence.Generate(n, SobolSequence.MaxDimensions);

        for (int d = 0; d < SobolSequence.MaxDimensions; d++)
        {
            var cells = points.Select(p => (int)(p[d] * n)).Order();
            Assert.That(cells, Is.EqualTo(Enumerable.Range(0, n)), $"dimension {d + 1}");
        }
    }

    /// <summary>The first 2^8 points of dimensions 1 and 2 form a (0, 8, 2)-net: every elementary box of area 2^-8 holds exactly one point.</summary>
    [Test]
    public void Generate_FirstTwoDimensions_ElementaryIntervalsEvenlyFilled()
    {
        const int n = 256;
        var points = SobolSequence.Generate(n, 2);

        // Boxes [a/2^j, (a+1)/2^j) x [b/2^(8-j), (b+1)/2^(8-j)) for every split j.
        for (int j = 0; j <= 8; j++)
        {
            var boxes = points.Select(p => ((int)(p[0] * (1 << j)), (int)(p[1] * (1 << (8 - j))))).Distinct().Count();
            Assert.That(boxes, Is.EqualTo(n), $"j = {j}");
        }
    }

    [Test]
    public void Constructor_TooManyDimensions_Throws() =>
        Assert.That(() => new SobolSequence(SobolSequence.MaxDimensions + 1), Throws.TypeOf<ArgumentOutOfRangeException>());
}
