using ScenarioSim.Statistics;

namespace ScenarioSim.Tests.Statistics;

/// <summary>The one type-7 quantile: published values, and the same number from a sorted sample and from its counts.</summary>
[TestFixture]
public sealed class Type7QuantileTests
{
    private static readonly object[] KnownValues =
    [
        // R: quantile(c(1, 2, 3, 4), p) with the default type 7.
        new object[] { 0.25, 1.75 },
        new object[] { 0.5, 2.5 },
        new object[] { 0.95, 3.85 },
        new object[] { 0.0, 1.0 },
        new object[] { 1.0, 4.0 },
    ];

    [TestCaseSource(nameof(KnownValues))]
    public void OfSorted_OneToFour_MatchesR(double p, double expected) =>
        Assert.That(Type7Quantile.OfSorted([1.0, 2.0, 3.0, 4.0], p), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void OfSorted_Empty_NaN() =>
        Assert.That(Type7Quantile.OfSorted([], 0.5), Is.NaN);

    [FsCheck.NUnit.Property(MaxTest = 300)]
    public bool OfSortedCounts_SameSampleAsSorted_BitIdentical(byte[] raw, byte percent)
    {
        if (raw.Length == 0)
        {
            return true;
        }

        double p = (percent % 101) / 100.0;
        double[] sorted = [.. raw.Select(b => (b % 17) * 0.37).Order()];
        var counts = sorted.GroupBy(v => v).Select(g => new KeyValuePair<double, long>(g.Key, g.LongCount())).ToList();

        return BitConverter.DoubleToInt64Bits(Type7Quantile.OfSorted(sorted, p))
            == BitConverter.DoubleToInt64Bits(Type7Quantile.OfSortedCounts(counts, sorted.Length, p));
    }
}
