using ScenarioSim.Analysis;

namespace ScenarioSim.Tests.Analysis;

public sealed class LatinHypercubeTests
{
    /// <summary>In every dimension each of the n strata [s/n, (s+1)/n) holds exactly one point.</summary>
    [FsCheck.NUnit.Property(Arbitrary = [typeof(AnalysisArbitraries)], MaxTest = 200)]
    public bool Sample_AnySize_EachStratumExactlyOncePerDimension(DesignSize size)
    {
        var design = LatinHypercube.Sample(size.Points, size.Dimensions, size.Seed);
        for (int d = 0; d < size.Dimensions; d++)
        {
            var seen = new bool[size.Points];
            for (int i = 0; i < size.Points; i++)
            {
                int s = design.Stratum(i, d);
                double u = design.Unit(i, d);
                if (s < 0 || s >= size.Points || seen[s] || u < (double)s / size.Points || u >= (s + 1.0) / size.Points)
                {
                    return false;
                }

                seen[s] = true;
            }
        }

        return true;
    }

    /// <summary>Scaled onto a range, stratum s of a parameter is [lo + s·w, lo + (s+1)·w] with w = (hi − lo)/n.</summary>
    [FsCheck.NUnit.Property(Arbitrary = [typeof(AnalysisArbitraries)], MaxTest = 100)]
    public bool Scale_AnySize_EachParameterRangeStratifiedOncePerStratum(DesignSize size)
    {
        var ranges = Enumerable.Range(0, size.Dimensions).Select(d => new ParameterRange($"p{d}", -d - 0.5, (3 * d) + 1)).ToArray();
        var design = LatinHypercube.Sample(size.Points, size.Dimensions, size.Seed);
        var points = design.Scale(ranges);
        for (int d = 0; d < size.Dimensions; d++)
        {
            var r = ranges[d];
            double width = (r.High - r.Low) / size.Points;
            var strata = points.Select(p => Math.Min(size.Points - 1, (int)Math.Floor((p[d] - r.Low) / width))).Order().ToArray();
            if (!strata.SequenceEqual(Enumerable.Range(0, size.Points)) || points.Any(p => p[d] < r.Low || p[d] > r.High))
            {
                return false;
            }
        }

        return true;
    }

    [Test]
    public void Sample_SameSeed_SameDesign()
    {
        var a = LatinHypercube.Sample(16, 3, 42).Scale([new("a", 0, 1), new("b", 0, 1), new("c", 0, 1)]);
        var b = LatinHypercube.Sample(16, 3, 42).Scale([new("a", 0, 1), new("b", 0, 1), new("c", 0, 1)]);
        var c = LatinHypercube.Sample(16, 3, 43).Scale([new("a", 0, 1), new("b", 0, 1), new("c", 0, 1)]);

        Assert.That(b, Is.EqualTo(a));
        Assert.That(c, Is.Not.EqualTo(a));
    }
}
