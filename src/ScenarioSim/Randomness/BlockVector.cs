using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// One double per lane of a block of eight replications, held as two <see cref="Vector256{T}"/> halves:
/// the block's storage in <c>BlockState</c>, the width the daily steps run at on AVX2 machines
/// (<see cref="IBlockVector{TSelf}"/>, <see cref="BlockVectorWidth"/>), and the type off the hot path
/// (set-up, read-out) computes on at every width. Where the hardware has 256-bit vectors (AVX2, and AVX-512
/// machines, where two 256-bit instructions cost about what one 512-bit one does) each operation is
/// two 256-bit instructions; otherwise (SSE4 on x64, AdvSimd on ARM64) four 128-bit ones. The choice is
/// made when the JIT compiles the method (<c>IsHardwareAccelerated</c> is a constant to it), so only one
/// path is in the machine code. (The engine was first written on <see cref="Vector512{T}"/>, which the
/// runtime emulates where AVX-512 is missing as calls to out-of-line helpers, about eight times slower;
/// a struct of one <see cref="Vector512{T}"/> split into halves on such machines fares no better, the
/// JIT keeping it in memory and declining to inline.)
/// </summary>
/// <remarks>
/// Every operation is element-wise and exactly rounded the same way at every width (IEEE addition,
/// multiplication, division, comparison, bitwise logic), so results are identical
/// to the bit on every path. A mask is a vector whose set lanes have all bits set. Immutable.
/// </remarks>
internal readonly struct BlockVector : IEquatable<BlockVector>, IBlockVector<BlockVector>
{
    /// <summary>Lanes per block.</summary>
    public const int Count = 8;

    private readonly Vector256<double> _lower;
    private readonly Vector256<double> _upper;

    /// <summary>Lanes 0–3 and 4–7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public BlockVector(Vector256<double> lower, Vector256<double> upper)
    {
        _lower = lower;
        _upper = upper;
    }

    /// <summary>0 in every lane.</summary>
    public static BlockVector Zero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => default;
    }

    /// <summary>1 in every lane.</summary>
    public static BlockVector One
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Create(1.0);
    }

    /// <summary>Every bit set in every lane (the full mask).</summary>
    public static BlockVector AllBitsSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector256<double>.AllBitsSet, Vector256<double>.AllBitsSet);
    }

    /// <summary>The lanes as a 512-bit vector (same bits), for tests and benchmarks.</summary>
    public Vector512<double> Value => Vector512.Create(_lower, _upper);

    /// <summary>Lanes 0–3.</summary>
    internal Vector256<double> Lower => _lower;

    /// <summary>Lanes 4–7.</summary>
    internal Vector256<double> Upper => _upper;

    /// <summary>The lanes of a 512-bit vector.</summary>
    public static implicit operator BlockVector(Vector512<double> value) => new(value.GetLower(), value.GetUpper());

    /// <summary>Lane by lane sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator +(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(left._lower + right._lower, left._upper + right._upper) : FromQuarters(AsQuarters(left) + AsQuarters(right));

    /// <summary>Lane by lane difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator -(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(left._lower - right._lower, left._upper - right._upper) : FromQuarters(AsQuarters(left) - AsQuarters(right));

    /// <summary>Lane by lane negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator -(BlockVector value) =>
        Vector256.IsHardwareAccelerated ? new(-value._lower, -value._upper) : FromQuarters(-AsQuarters(value));

    /// <summary>Lane by lane product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator *(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(left._lower * right._lower, left._upper * right._upper) : FromQuarters(AsQuarters(left) * AsQuarters(right));

    /// <summary>Lane by lane quotient.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator /(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(left._lower / right._lower, left._upper / right._upper) : FromQuarters(AsQuarters(left) / AsQuarters(right));

    /// <summary>Bitwise and (of masks: the lanes set in both).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator &(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(left._lower & right._lower, left._upper & right._upper) : FromQuarters(AsQuarters(left) & AsQuarters(right));

    /// <summary>Bitwise or (of masks: the lanes set in either).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator |(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(left._lower | right._lower, left._upper | right._upper) : FromQuarters(AsQuarters(left) | AsQuarters(right));

    /// <summary>Bitwise complement (of a mask: the lanes not set).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector operator ~(BlockVector value) =>
        Vector256.IsHardwareAccelerated ? new(~value._lower, ~value._upper) : FromQuarters(~AsQuarters(value));

    /// <summary>A mask of the lanes where the two are equal.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector Equals(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.Equals(left._lower, right._lower), Vector256.Equals(left._upper, right._upper)) : FromQuarters(BlockVector128.Equals(AsQuarters(left), AsQuarters(right)));

    /// <summary>A mask of the lanes where <paramref name="left"/> &lt; <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector LessThan(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.LessThan(left._lower, right._lower), Vector256.LessThan(left._upper, right._upper)) : FromQuarters(BlockVector128.LessThan(AsQuarters(left), AsQuarters(right)));

    /// <summary>A mask of the lanes where <paramref name="left"/> ≤ <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector LessThanOrEqual(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.LessThanOrEqual(left._lower, right._lower), Vector256.LessThanOrEqual(left._upper, right._upper)) : FromQuarters(BlockVector128.LessThanOrEqual(AsQuarters(left), AsQuarters(right)));

    /// <summary>Per lane, <paramref name="whenSet"/> where <paramref name="mask"/> is set, else <paramref name="otherwise"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector ConditionalSelect(BlockVector mask, BlockVector whenSet, BlockVector otherwise) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.ConditionalSelect(mask._lower, whenSet._lower, otherwise._lower), Vector256.ConditionalSelect(mask._upper, whenSet._upper, otherwise._upper)) : FromQuarters(BlockVector128.ConditionalSelect(AsQuarters(mask), AsQuarters(whenSet), AsQuarters(otherwise)));

    /// <summary>The larger of the two in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector Max(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.Max(left._lower, right._lower), Vector256.Max(left._upper, right._upper)) : FromQuarters(BlockVector128.Max(AsQuarters(left), AsQuarters(right)));

    /// <summary>The smaller of the two in each lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector Min(BlockVector left, BlockVector right) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.Min(left._lower, right._lower), Vector256.Min(left._upper, right._upper)) : FromQuarters(BlockVector128.Min(AsQuarters(left), AsQuarters(right)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector PowerOfTwo(BlockVector shifted) =>
        Vector256.IsHardwareAccelerated
            ? new(PowerOfTwo(shifted._lower), PowerOfTwo(shifted._upper))
            : FromQuarters(BlockVector128.PowerOfTwo(AsQuarters(shifted)));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector NextUniform(ref BlockVector s0, ref BlockVector s1, ref BlockVector s2, ref BlockVector s3)
    {
        if (!Vector256.IsHardwareAccelerated)
        {
            return FromQuarters(BlockVector128.NextUniform(
                ref Unsafe.As<BlockVector, BlockVector128>(ref s0), ref Unsafe.As<BlockVector, BlockVector128>(ref s1),
                ref Unsafe.As<BlockVector, BlockVector128>(ref s2), ref Unsafe.As<BlockVector, BlockVector128>(ref s3)));
        }

        // The state is read once into locals and written back once: updated field by field, each
        // step would store a vector and the next load it straight back.
        var (a0, a1, a2, a3) = (s0._lower.AsUInt64(), s1._lower.AsUInt64(), s2._lower.AsUInt64(), s3._lower.AsUInt64());
        var (b0, b1, b2, b3) = (s0._upper.AsUInt64(), s1._upper.AsUInt64(), s2._upper.AsUInt64(), s3._upper.AsUInt64());
        var lower = Uniform(Step(ref a0, ref a1, ref a2, ref a3));
        var upper = Uniform(Step(ref b0, ref b1, ref b2, ref b3));
        s0 = new(a0.AsDouble(), b0.AsDouble());
        s1 = new(a1.AsDouble(), b1.AsDouble());
        s2 = new(a2.AsDouble(), b2.AsDouble());
        s3 = new(a3.AsDouble(), b3.AsDouble());
        return new(lower, upper);
    }

    /// <summary>Each lane rounded toward zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector Truncate(BlockVector value) =>
        Vector256.IsHardwareAccelerated ? new(Vector256.Truncate(value._lower), Vector256.Truncate(value._upper)) : FromQuarters(BlockVector128.Truncate(AsQuarters(value)));

    /// <summary>A mask of the lanes where <paramref name="left"/> &gt; <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector GreaterThan(BlockVector left, BlockVector right) => LessThan(right, left);

    /// <summary>A mask of the lanes where <paramref name="left"/> ≥ <paramref name="right"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector GreaterThanOrEqual(BlockVector left, BlockVector right) => LessThanOrEqual(right, left);

    /// <summary>Bitwise equality of every lane.</summary>
    public static bool operator ==(BlockVector left, BlockVector right) => left.Equals(right);

    /// <summary>Bitwise inequality of some lane.</summary>
    public static bool operator !=(BlockVector left, BlockVector right) => !left.Equals(right);

    /// <summary><paramref name="value"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector Create(double value)
    {
        var half = Vector256.Create(value);
        return new(half, half);
    }

    /// <summary>The first <see cref="Count"/> values of <paramref name="values"/>, one per lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector Create(ReadOnlySpan<double> values) => new(Vector256.Create(values), Vector256.Create(values[4..]));

    /// <summary>True when every lane of <paramref name="left"/> equals that of <paramref name="right"/> (as numbers).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool EqualsAll(BlockVector left, BlockVector right) => All(Equals(left, right));

    /// <summary>True when every lane of the mask is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool All(BlockVector mask) =>
        Vector256.IsHardwareAccelerated
            ? (mask._lower & mask._upper).AsUInt64() == Vector256<ulong>.AllBitsSet
            : BlockVector128.All(AsQuarters(mask));

    /// <summary>True when some lane of the mask is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool Any(BlockVector mask) =>
        Vector256.IsHardwareAccelerated
            ? (mask._lower | mask._upper).AsUInt64() != Vector256<ulong>.Zero
            : BlockVector128.Any(AsQuarters(mask));

    /// <summary>Lane <paramref name="lane"/>'s value.</summary>
    public double GetElement(int lane)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)lane, (uint)Count, nameof(lane));
        return lane < 4 ? _lower.GetElement(lane) : _upper.GetElement(lane - 4);
    }

    /// <summary>A copy with lane <paramref name="lane"/> set to <paramref name="value"/>.</summary>
    public BlockVector WithElement(int lane, double value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)lane, (uint)Count, nameof(lane));
        return lane < 4 ? new(_lower.WithElement(lane, value), _upper) : new(_lower, _upper.WithElement(lane - 4, value));
    }

    /// <summary>Lane 0's value.</summary>
    public double ToScalar() => _lower.ToScalar();

    /// <summary>Bitwise equality of every lane.</summary>
    public bool Equals(BlockVector other) =>
        _lower.AsUInt64() == other._lower.AsUInt64() && _upper.AsUInt64() == other._upper.AsUInt64();

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BlockVector other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_lower, _upper);

    /// <inheritdoc />
    public override string ToString() => Value.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector256<double> PowerOfTwo(Vector256<double> shifted) =>
        ((shifted.AsInt64() + Vector256.Create(1023L)) << 52).AsDouble();

    /// <summary>One xoshiro256** step of four lanes: updates the state, returns the 64 output bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector256<ulong> Step(ref Vector256<ulong> s0, ref Vector256<ulong> s1, ref Vector256<ulong> s2, ref Vector256<ulong> s3)
    {
        var times5 = (s1 << 2) + s1;
        var rotated = (times5 << 7) | (times5 >>> 57);
        var result = (rotated << 3) + rotated;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = (s3 << 45) | (s3 >>> 19);
        return result;
    }

    /// <summary>The top 53 bits as a double in [0, 1), exactly: the top 52 bits and the last one converted apart.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector256<double> Uniform(Vector256<ulong> bits)
    {
        var high = ((bits >>> 12) | Vector256.Create(Xoshiro256StarStarBlock.TwoToThe52Bits)).AsDouble() - Vector256.Create(Xoshiro256StarStarBlock.TwoToThe52);
        var low = (((bits >>> 11) & Vector256<ulong>.One) | Vector256.Create(Xoshiro256StarStarBlock.TwoToThe52Bits)).AsDouble()
            - Vector256.Create(Xoshiro256StarStarBlock.TwoToThe52);
        return (high + high + low) * Vector256.Create(Xoshiro256StarStarBlock.DoubleUnit);
    }

    /// <summary>The same lanes as four 128-bit quarters: the path taken where 256-bit vectors are not accelerated.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static BlockVector128 AsQuarters(BlockVector value) => Unsafe.As<BlockVector, BlockVector128>(ref value);

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static BlockVector FromQuarters(BlockVector128 value) => Unsafe.As<BlockVector128, BlockVector>(ref value);
}
