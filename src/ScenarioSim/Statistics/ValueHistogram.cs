using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ScenarioSim.Results;

namespace ScenarioSim.Statistics;

/// <summary>
/// The exact distribution of a replication metric, kept as value → count. Whole numbers in
/// [0, <see cref="DenseLimit"/>) go to a dense array, anything else to a dictionary. The dense array
/// covers only the range of whole values seen (a window that widens as values come), so a cell whose
/// values sit far from zero (2,500 troops, 1,000 fighters) keeps a few counts, not thousands. Memory
/// grows with the spread of the values, not with replications: attack counts, fighters and days take a
/// few thousand values whatever the replication count. Because the histogram is exact, combining
/// per-worker histograms in any order gives identical summaries (the thread count cannot change a
/// result) and sharded runs merge exactly. Written by hand because MathNet's
/// <c>RunningStatistics</c> keeps no quantiles and its order-dependent floating-point sums would break
/// bit-identical results across thread counts.
/// </summary>
/// <remarks>Not thread-safe; each worker owns its own instances and they are combined at the end.</remarks>
internal sealed class ValueHistogram
{
    /// <summary>Whole values below this are counted in the dense array.</summary>
    public const int DenseLimit = 1 << 16;

    /// <summary>Length of the dense window when the first whole value arrives.</summary>
    private const int InitialWindow = 16;

    // Counts of the whole values _offset … _offset + _dense.Length − 1.
    private long[] _dense = [];
    private int _offset;
    private Dictionary<double, long>? _sparse;

    // The last non-whole value and its pending count, not yet in _sparse: cells such as monthly
    // mean troops see the same value replication after replication, and skip the dictionary then.
    private double _lastSparse = double.NaN;
    private long _lastSparseCount;

    /// <summary>Number of values added.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one value. NaN is not a value and must not be added.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(double value) => AddCount(value, 1);

    /// <summary>
    /// Adds <paramref name="count"/> occurrences of <paramref name="value"/> at once, as <see cref="Add"/>
    /// would one by one: how a histogram is rebuilt from its sorted counts (a partial-result file).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddCount(double value, long count)
    {
        Count += count;
        Tally(value, count);
    }

    /// <summary>
    /// Adds each of <paramref name="values"/> (a block's lanes), as <see cref="Add"/> would one by one. A
    /// whole value inside the dense window is counted with one comparison; anything else goes the way
    /// <see cref="Add"/> takes.
    /// </summary>
    public void AddEach(ReadOnlySpan<double> values)
    {
        Count += values.Length;
        foreach (double value in values)
        {
            // The conversion saturates, so index == value only for a whole value in int's range; a slot
            // inside the window puts it in [0, DenseLimit) as well.
            int index = (int)value;
            int slot = index - _offset;
            if (index == value && (uint)slot < (uint)_dense.Length)
            {
                _dense[slot]++;
            }
            else
            {
                Tally(value, 1);
            }
        }
    }

    /// <summary>Counts <paramref name="count"/> occurrences of <paramref name="value"/>; <see cref="Count"/> is the caller's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Tally(double value, long count)
    {
        Debug.Assert(!double.IsNaN(value) && count > 0, "A count is of a real value and positive.");
        if (value >= 0 && value < DenseLimit)
        {
            int index = (int)value;
            if (index == value)
            {
                int slot = index - _offset;
                if ((uint)slot >= (uint)_dense.Length)
                {
                    slot = Widen(index);
                }

                _dense[slot] += count;
                return;
            }
        }

        if (value.Equals(_lastSparse))
        {
            _lastSparseCount += count;
            return;
        }

        FlushLastSparse();
        _lastSparse = value;
        _lastSparseCount = count;
    }

    /// <summary>Adds every value counted in <paramref name="other"/> to this histogram.</summary>
    public void Combine(ValueHistogram other)
    {
        if (other._dense.Length > 0)
        {
            Widen(other._offset);
            int shift = Widen(other._offset + other._dense.Length - 1) - (other._dense.Length - 1);
            for (int i = 0; i < other._dense.Length; i++)
            {
                _dense[shift + i] += other._dense[i];
            }
        }

        if (other._sparse is not null)
        {
            foreach (var (value, count) in other._sparse)
            {
                AddSparse(value, count);
            }
        }

        if (other._lastSparseCount > 0)
        {
            AddSparse(other._lastSparse, other._lastSparseCount);
        }

        Count += other.Count;
    }

    /// <summary>Values and their counts in ascending order of value.</summary>
    public IReadOnlyList<KeyValuePair<double, long>> ToSortedCounts()
    {
        var counts = new List<KeyValuePair<double, long>>();
        for (int i = 0; i < _dense.Length; i++)
        {
            if (_dense[i] != 0)
            {
                counts.Add(new KeyValuePair<double, long>(_offset + i, _dense[i]));
            }
        }

        FlushLastSparse();
        if (_sparse is not null)
        {
            counts.AddRange(_sparse);
            counts.Sort((a, b) => a.Key.CompareTo(b.Key));
        }

        return counts;
    }

    /// <summary>How many values are at least <paramref name="threshold"/>.</summary>
    public long CountAtLeast(double threshold)
    {
        long n = 0;
        foreach (var (value, count) in ToSortedCounts())
        {
            if (value >= threshold)
            {
                n += count;
            }
        }

        return n;
    }

    /// <summary>
    /// The values in at most <paramref name="maxBins"/> equal bins from the smallest to the largest
    /// value. When every value is a whole number the width is a whole number too, so each bin covers
    /// whole values only. Empty when there are no values.
    /// </summary>
    public IReadOnlyList<HistogramBin> Bin(int maxBins)
    {
        var counts = ToSortedCounts();
        if (counts.Count == 0)
        {
            return [];
        }

        double min = counts[0].Key;
        double max = counts[^1].Key;
        bool whole = counts.All(c => c.Key == Math.Floor(c.Key));
        int bins;
        double width;
        if (whole)
        {
            double span = max - min + 1;
            width = Math.Ceiling(span / maxBins);
            bins = (int)Math.Ceiling(span / width);
        }
        else
        {
            bins = max > min ? Math.Min(maxBins, counts.Count) : 1;
            width = max > min ? (max - min) / bins : 1;
        }

        var tally = new long[bins];
        foreach (var (value, count) in counts)
        {
            tally[Math.Clamp((int)Math.Floor((value - min) / width), 0, bins - 1)] += count;
        }

        var result = new HistogramBin[bins];
        for (int i = 0; i < bins; i++)
        {
            result[i] = new HistogramBin(min + (i * width), min + ((i + 1) * width), tally[i]);
        }

        return result;
    }

    /// <summary>Mean, sd, standard error, type-7 quantiles, min and max; all NaN when empty.</summary>
    public SummaryStatistics Summarize() => SampleSummary.FromSortedCounts(ToSortedCounts(), Count);

    private void FlushLastSparse()
    {
        if (_lastSparseCount > 0)
        {
            AddSparse(_lastSparse, _lastSparseCount);
            _lastSparse = double.NaN;
            _lastSparseCount = 0;
        }
    }

    private void AddSparse(double value, long count)
    {
        _sparse ??= [];
        CollectionsMarshal.GetValueRefOrAddDefault(_sparse, value, out _) += count;
    }

    /// <summary>
    /// Widens the dense window (at least doubling it, towards <paramref name="index"/>) until it holds
    /// the whole value <paramref name="index"/> in [0, <see cref="DenseLimit"/>); returns its slot.
    /// </summary>
    private int Widen(int index)
    {
        int slot = index - _offset;
        if ((uint)slot < (uint)_dense.Length)
        {
            return slot;
        }

        if (_dense.Length == 0)
        {
            _dense = new long[InitialWindow];
            _offset = Math.Min(index, DenseLimit - InitialWindow);
            return index - _offset;
        }

        int low = Math.Min(_offset, index);
        int high = Math.Max(_offset + _dense.Length, index + 1);
        int length = _dense.Length * 2;
        while (length < high - low)
        {
            length *= 2;
        }

        // The window stays inside [0, DenseLimit), where every whole value it counts lies.
        int offset;
        if (length >= DenseLimit)
        {
            (length, offset) = (DenseLimit, 0);
        }
        else
        {
            offset = index < _offset ? Math.Max(0, high - length) : Math.Min(low, DenseLimit - length);
        }

        var dense = new long[length];
        Array.Copy(_dense, 0, dense, _offset - offset, _dense.Length);
        (_dense, _offset) = (dense, offset);
        return index - offset;
    }
}
