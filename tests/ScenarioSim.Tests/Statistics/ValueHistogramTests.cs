using MathNet.Numerics.Statistics;
using ScenarioSim.Statistics;

namespace ScenarioSim.Tests.Statistics;

public class ValueHistogramTests
{
    private static readonly double[][] Samples =
    [
        [3],
        [1, 2],
        [5, 1, 4, 1, 5, 9, 2, 6, 5, 3],
        [0.5, 70000, 2, 2, 2, -3, 1e9, 12.25, 65535, 65536],
    ];

    [TestCaseSource(nameof(Samples))]
    public void Summarize_MatchesMathNetType7QuantilesMeanAndSd(double[] sample)
    {
        var histogram = new ValueHistogram();
        foreach (double x in sample)
        {
            histogram.Add(x);
        }

        var s = histogram.Summarize();

        Assert.That(s.Count, Is.EqualTo(sample.Length));
        Assert.That(s.Mean, Is.EqualTo(sample.Mean()).Within(1e-9).Percent);
        Assert.That(s.Min, Is.EqualTo(sample.Min()));
        Assert.That(s.Max, Is.EqualTo(sample.Max()));
        double[] taus = [0.05, 0.25, 0.5, 0.75, 0.95];
        double[] ours = [s.P05, s.P25, s.P50, s.P75, s.P95];
        for (int i = 0; i < taus.Length; i++)
        {
            Assert.That(ours[i], Is.EqualTo(sample.QuantileCustom(taus[i], QuantileDefinition.R7)).Within(1e-9), $"tau {taus[i]}");
        }

        if (sample.Length > 1)
        {
            Assert.That(s.Sd, Is.EqualTo(sample.StandardDeviation()).Within(1e-9).Percent);
            Assert.That(s.Se, Is.EqualTo(sample.StandardDeviation() / Math.Sqrt(sample.Length)).Within(1e-9).Percent);
        }
        else
        {
            Assert.That(s.Sd, Is.NaN);
        }
    }

    [Test]
    public void Summarize_Empty_AllNaN()
    {
        var s = new ValueHistogram().Summarize();

        Assert.That(s.Count, Is.Zero);
        Assert.That(new[] { s.Mean, s.Sd, s.Se, s.P05, s.P50, s.P95, s.Min, s.Max }, Is.All.NaN);
    }

    /// <summary>
    /// Whatever order values arrive in (the dense window widening up, down, from near the dense limit to
    /// zero), the sorted counts are the exact tally: whole values in [0, 2^16) counted densely, the rest
    /// (fractions, negatives, 2^16 and above) sparsely.
    /// </summary>
    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool ToSortedCounts_AnyValues_ExactTally(int[] values, int spread)
    {
        int range = 1 + (int)((uint)spread % 70000);
        var histogram = new ValueHistogram();
        var expected = new SortedDictionary<double, long>();
        foreach (int raw in values)
        {
            double value = (raw % 5) switch
            {
                0 => raw / 4.0,
                1 => ValueHistogram.DenseLimit - 1 - (int)((uint)raw % 40),
                _ => (int)((uint)raw % range),
            };
            histogram.Add(value);
            expected[value] = expected.GetValueOrDefault(value) + 1;
        }

        var twice = new ValueHistogram();
        twice.Combine(histogram);
        twice.Combine(histogram);
        return histogram.ToSortedCounts().SequenceEqual(expected)
            && twice.ToSortedCounts().SequenceEqual(expected.Select(e => KeyValuePair.Create(e.Key, 2 * e.Value)))
            && histogram.Count == values.Length;
    }

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool AddEach_AnyValues_AsAddOneByOne(int[] values, byte chunk)
    {
        // Whole values in and out of the window and the dense range, fractions, negatives, −0 and values
        // past int's range, added a block's lanes at a time (1 to 8) and one by one.
        double[] special = [-0.0, -1, ValueHistogram.DenseLimit, 2147483648.0, 1e300, -2147483649.0];
        var all = values.Select(raw => (raw % 6) switch
        {
            0 => raw / 4.0,
            1 => special[(int)((uint)raw % special.Length)],
            2 => ValueHistogram.DenseLimit - 1 - (int)((uint)raw % 40),
            _ => (int)((uint)raw % 3000),
        }).ToArray();
        var oneByOne = new ValueHistogram();
        foreach (double value in all)
        {
            oneByOne.Add(value);
        }

        var eachOf = new ValueHistogram();
        int size = 1 + (chunk % 8);
        for (int i = 0; i < all.Length; i += size)
        {
            eachOf.AddEach(all.AsSpan(i, Math.Min(size, all.Length - i)));
        }

        return eachOf.ToSortedCounts().SequenceEqual(oneByOne.ToSortedCounts()) && eachOf.Count == oneByOne.Count;
    }

    [Test]
    public void Combine_WindowsFarApart_CountsBoth()
    {
        var high = new ValueHistogram();
        high.Add(ValueHistogram.DenseLimit - 1);
        high.Add(60000);
        var low = new ValueHistogram();
        low.Add(3);
        low.Add(2500);

        low.Combine(high);
        high.Add(0);

        Assert.That(low.ToSortedCounts().Select(c => c.Key), Is.EqualTo(new double[] { 3, 2500, 60000, ValueHistogram.DenseLimit - 1 }));
        Assert.That(high.ToSortedCounts().Select(c => c.Key), Is.EqualTo(new double[] { 0, 60000, ValueHistogram.DenseLimit - 1 }));
    }

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool Combine_AnySplit_EqualsWhole(int[] values, byte split)
    {
        var whole = new ValueHistogram();
        var left = new ValueHistogram();
        var right = new ValueHistogram();
        int cut = values.Length == 0 ? 0 : split % (values.Length + 1);
        for (int i = 0; i < values.Length; i++)
        {
            double v = values[i] / 4.0;
            whole.Add(v);
            (i < cut ? left : right).Add(v);
        }

        right.Combine(left);
        return right.Summarize() == whole.Summarize();
    }

    [Test]
    public void Bin_WholeNumbers_WholeWidthsCoverEveryValueOnce()
    {
        var histogram = new ValueHistogram();
        for (int v = 3; v <= 100; v++)
        {
            histogram.AddCount(v, v % 7 + 1);
        }

        var bins = histogram.Bin(30);

        // 98 whole values in at most 30 bins: width ⌈98/30⌉ = 4, so 25 bins starting at 3.
        Assert.That(bins, Has.Count.EqualTo(25));
        Assert.That(bins.Select(b => b.Upper - b.Lower), Is.All.EqualTo(4));
        Assert.That(bins[0].Lower, Is.EqualTo(3));
        Assert.That(bins.Sum(b => b.Count), Is.EqualTo(histogram.Count));
        Assert.That(bins[0].Count, Is.EqualTo(Enumerable.Range(3, 4).Sum(v => (v % 7) + 1)));
    }

    [Test]
    public void Bin_Fractions_EqualBinsLastHoldsTheMaximum()
    {
        var histogram = new ValueHistogram();
        foreach (double v in new[] { 0.5, 0.75, 1.25, 2.5, 2.5 })
        {
            histogram.Add(v);
        }

        var bins = histogram.Bin(30);

        Assert.That(bins, Has.Count.EqualTo(4), "no more bins than distinct values");
        Assert.That(bins[0].Lower, Is.EqualTo(0.5));
        Assert.That(bins[^1].Upper, Is.EqualTo(2.5));
        Assert.That(bins[^1].Count, Is.EqualTo(2));
        Assert.That(bins.Sum(b => b.Count), Is.EqualTo(5));
    }

    [Test]
    public void Bin_OneValueOrNone()
    {
        var single = new ValueHistogram();
        single.AddCount(1200, 50);

        Assert.That(single.Bin(30), Is.EqualTo(new[] { new ScenarioSim.Results.HistogramBin(1200, 1201, 50) }));
        Assert.That(new ValueHistogram().Bin(30), Is.Empty);
    }
}
