using ScenarioSim.Analysis;

namespace ScenarioSim.Tests.Analysis;

public sealed class NearlyOrthogonalLatinHypercubeTests
{
    /// <summary>Factors at and either side of each size's limit: Cioppa and Lucas's 17, 33, 65, 129, then ours.</summary>
    private static readonly object[] Sizes =
    [
        new object[] { 1, 17 }, new object[] { 2, 17 }, new object[] { 7, 17 }, new object[] { 8, 33 }, new object[] { 11, 33 },
        new object[] { 12, 65 }, new object[] { 16, 65 }, new object[] { 17, 129 }, new object[] { 22, 129 }, new object[] { 23, 257 },
        new object[] { 29, 257 },
    ];

    [TestCaseSource(nameof(Sizes))]
    public void RunsFor_CioppaLucasSizesThenOurs(int factors, int runs) =>
        Assert.That(NearlyOrthogonalLatinHypercube.RunsFor(factors), Is.EqualTo(runs));

    [Test]
    public void Generate_TwelveFactors_65PointsOfEquallySpacedLevelsWithinTheBound()
    {
        var design = NearlyOrthogonalLatinHypercube.Generate(12);
        var points = design.Scale([.. Enumerable.Range(0, 12).Select(f => new ParameterRange($"p{f}", f, f + 64))]);

        Assert.That(points, Has.Count.EqualTo(65));
        for (int f = 0; f < 12; f++)
        {
            // lo + level/64 · 64 over [f, f + 64]: each whole number of the range exactly once.
            Assert.That(points.Select(p => p[f]).Order(), Is.EqualTo(Enumerable.Range(f, 65).Select(v => (double)v)), $"column {f}");
        }

        Assert.That(MaxAbsCorrelation(points), Is.LessThanOrEqualTo(0.03));
        Assert.That(design.MaxAbsCorrelation, Is.EqualTo(MaxAbsCorrelation(points)).Within(1e-12));
    }

    [Test]
    public void RunsFor_MoreThan29Factors_Refused() =>
        Assert.That(() => NearlyOrthogonalLatinHypercube.RunsFor(30), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(11)]
    [TestCase(16)]
    [TestCase(22)]
    [TestCase(29)]
    public void Generate_AnySize_ColumnsArePermutationsAndCorrelationsWithinTheBound(int factors)
    {
        var design = NearlyOrthogonalLatinHypercube.Generate(factors);

        Assert.That(design.Points, Is.EqualTo(NearlyOrthogonalLatinHypercube.RunsFor(factors)));
        for (int f = 0; f < factors; f++)
        {
            Assert.That(Enumerable.Range(0, design.Points).Select(p => design.Level(p, f)).Order(), Is.EqualTo(Enumerable.Range(0, design.Runs)));
        }

        Assert.That(design.MaxAbsCorrelation, Is.LessThanOrEqualTo(NearlyOrthogonalLatinHypercube.CorrelationBound));
        Assert.That(design.ConditionNumber, Is.GreaterThanOrEqualTo(1).And.LessThan(1.5));
    }

    [Test]
    public void Generate_Stacked_EveryLevelOncePerBlockAndWithinTheBound()
    {
        var design = NearlyOrthogonalLatinHypercube.Generate(5, stack: 3);

        Assert.That(design.Points, Is.EqualTo(51));
        for (int f = 0; f < 5; f++)
        {
            var levels = Enumerable.Range(0, 51).Select(p => design.Level(p, f)).ToList();
            Assert.That(levels.CountBy(l => l).Select(g => g.Value), Is.All.EqualTo(3), $"column {f}");
        }

        Assert.That(design.MaxAbsCorrelation, Is.LessThanOrEqualTo(0.03));
        var rows = Enumerable.Range(0, 51).Select(p => string.Join(',', Enumerable.Range(0, 5).Select(f => design.Level(p, f)))).ToList();
        Assert.That(rows.Distinct().Count(), Is.GreaterThan(17), "the blocks are different designs, not copies");
    }

    [Test]
    public void Generate_Twice_SameDesign()
    {
        var a = NearlyOrthogonalLatinHypercube.Generate(9, stack: 2);
        var b = NearlyOrthogonalLatinHypercube.Generate(9, stack: 2);

        Assert.That(
            Enumerable.Range(0, a.Points).SelectMany(p => Enumerable.Range(0, 9).Select(f => a.Level(p, f))),
            Is.EqualTo(Enumerable.Range(0, b.Points).SelectMany(p => Enumerable.Range(0, 9).Select(f => b.Level(p, f)))));
    }

    /// <summary>The largest |Pearson correlation| between two columns, computed directly.</summary>
    private static double MaxAbsCorrelation(IReadOnlyList<double[]> points)
    {
        int k = points[0].Length;
        double max = 0;
        for (int i = 0; i < k; i++)
        {
            for (int j = i + 1; j < k; j++)
            {
                double r = MathNet.Numerics.Statistics.Correlation.Pearson(points.Select(p => p[i]), points.Select(p => p[j]));
                max = Math.Max(max, Math.Abs(r));
            }
        }

        return max;
    }
}
