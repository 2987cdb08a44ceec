using System.Globalization;

namespace ScenarioSim.Engine;

/// <summary>
/// One of <see cref="Count"/> equal parts of a piece of work, written <c>K/N</c> (1-based, as Slurm array
/// indices are). Shard K of N over <c>total</c> items covers the contiguous, half-open range
/// [⌊(K−1)·total/N⌋, ⌊K·total/N⌋): the N ranges are disjoint, cover [0, total) in order, and differ in
/// size by at most one. Replication shards use it (<see cref="ScaleOut.ScenarioRunnerSharding.RunShard"/>), and
/// so do the points of sweeps and sensitivity designs (<see cref="Analysis.ParameterSweep.RunShard"/>,
/// <see cref="Analysis.SensitivitySharding"/>), through <see cref="StartOf"/> and <see cref="EndOf"/>.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
internal readonly record struct ShardSpec
{
    /// <summary>Creates shard <paramref name="index"/> of <paramref name="count"/>.</summary>
    /// <param name="index">The 1-based shard index K, from 1 to <paramref name="count"/>.</param>
    /// <param name="count">The number of shards N, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1 or the index is outside 1..count.</exception>
    public ShardSpec(int index, int count)
    {
        if (Problem(index, count) is { } problem)
        {
            throw new ArgumentOutOfRangeException(count < 1 ? nameof(count) : nameof(index), problem);
        }

        Index = index;
        Count = count;
    }

    /// <summary>The 1-based shard index K (a Kubernetes completion index i is shard i + 1).</summary>
    public int Index { get; }

    /// <summary>The number of shards N.</summary>
    public int Count { get; }

    /// <summary>Every shard of <paramref name="count"/>, in order: 1/N, 2/N, …, N/N.</summary>
    /// <param name="count">The number of shards N, at least 1.</param>
    /// <returns>The N shards.</returns>
    public static IReadOnlyList<ShardSpec> All(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var shards = new ShardSpec[count];
        for (int k = 1; k <= count; k++)
        {
            shards[k - 1] = new ShardSpec(k, count);
        }

        return shards;
    }

    /// <summary>Parses <c>K/N</c>, e.g. <c>3/8</c>: two whole numbers with 1 ≤ K ≤ N, no spaces.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The shard.</returns>
    /// <exception cref="FormatException">The text is not a valid shard; the message says why.</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var shard, out string? problem)
            ? shard
            : throw new FormatException($"'{text}' is not a valid shard: {problem}.");
    }

    /// <summary>Parses <c>K/N</c> without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard, when the text is valid.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid shard.</returns>
    public static bool TryParse(string? text, out ShardSpec shard) => TryParse(text, out shard, out _);

    /// <summary>Parses <c>K/N</c> without throwing, saying what is wrong when it is not a shard.</summary>
    /// <param name="text">The text.</param>
    /// <param name="shard">The shard, when the text is valid.</param>
    /// <param name="problem">
    /// When the text is not valid, what is wrong, as a clause without a final full stop (e.g.
    /// <c>the shard index K must be from 1 to N = 8, but was 9</c>); otherwise <see langword="null"/>.
    /// </param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid shard.</returns>
    public static bool TryParse(string? text, out ShardSpec shard, out string? problem)
    {
        shard = default;
        int slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null
            || slash < 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            problem = "expected K/N, two whole numbers with 1 <= K <= N, e.g. 3/8";
            return false;
        }

        problem = Problem(index, count);
        if (problem is not null)
        {
            return false;
        }

        shard = new ShardSpec(index, count);
        return true;
    }

    /// <summary>The first item of this shard: ⌊(K−1)·<paramref name="total"/>/N⌋.</summary>
    /// <param name="total">How many items the whole work has (≥ 0).</param>
    /// <returns>The index of the shard's first item.</returns>
    public long StartOf(long total) => Boundary(Index - 1, total);

    /// <summary>One past the last item of this shard: ⌊K·<paramref name="total"/>/N⌋.</summary>
    /// <param name="total">How many items the whole work has (≥ 0).</param>
    /// <returns>The index one past the shard's last item.</returns>
    public long EndOf(long total) => Boundary(Index, total);

    /// <summary>The replications this shard runs out of <paramref name="total"/>: [<see cref="StartOf"/>, <see cref="EndOf"/>).</summary>
    /// <param name="total">Replications of the whole run (≥ 0).</param>
    /// <returns>The shard's range; empty when there are more shards than replications.</returns>
    public ReplicationRange RangeOf(long total)
    {
        long start = StartOf(total);
        return new ReplicationRange(start, EndOf(total) - start);
    }

    /// <summary>Formats the shard as <c>K/N</c>.</summary>
    /// <returns>The text <see cref="Parse"/> reads.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    private long Boundary(int k, long total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (Count == 0)
        {
            throw new InvalidOperationException("The default ShardSpec is not a shard; create one with the constructor or Parse.");
        }

        // 128-bit product: k · total overflows a long for totals above 2^63 / N.
        return (long)((Int128)k * total / Count);
    }

    private static string? Problem(int index, int count) =>
        count < 1 ? string.Create(CultureInfo.InvariantCulture, $"the shard count N must be at least 1, but was {count}")
        : index < 1 || index > count ? string.Create(CultureInfo.InvariantCulture, $"the shard index K must be from 1 to N = {count}, but was {index}")
        : null;
}
