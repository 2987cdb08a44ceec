using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// The eight lanes of a block in four <see cref="Vector128{T}"/> registers: the width the daily steps
/// run at where 256-bit vectors are not hardware-accelerated (AdvSimd on ARM64, SSE4 on x64), each
/// operation four 128-bit instructions on values the JIT keeps in registers.
/// </summary>
internal readonly struct BlockVector128 : IBlockVector<BlockVector128>
{
    private readonly Vector128<double> _q0;
    private readonly Vector128<double> _q1;
    private readonly Vector128<double> _q2;
    private readonly Vector128<double> _q3;

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private BlockVector128(Vector128<double> q0, Vector128<double> q1, Vector128<double> q2, Vector128<double> q3)
    {
        _q0 = q0;
        _q1 = q1;
        _q2 = q2;
        _q3 = q3;
    }

    /// <inheritdoc />
    public static BlockVector128 Zero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => default;
    }

    /// <inheritdoc />
    public static BlockVector128 One
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Create(1.0);
    }

    /// <inheritdoc />
    public static BlockVector128 AllBitsSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector128<double>.AllBitsSet, Vector128<double>.AllBitsSet, Vector128<double>.AllBitsSet, Vector128<double>.AllBitsSet);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator +(BlockVector128 left, BlockVector128 right) =>
        new(left._q0 + right._q0, left._q1 + right._q1,
            left._q2 + right._q2, left._q3 + right._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator -(BlockVector128 left, BlockVector128 right) =>
        new(left._q0 - right._q0, left._q1 - right._q1,
            left._q2 - right._q2, left._q3 - right._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator *(BlockVector128 left, BlockVector128 right) =>
        new(left._q0 * right._q0, left._q1 * right._q1,
            left._q2 * right._q2, left._q3 * right._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator /(BlockVector128 left, BlockVector128 right) =>
        new(left._q0 / right._q0, left._q1 / right._q1,
            left._q2 / right._q2, left._q3 / right._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator &(BlockVector128 left, BlockVector128 right) =>
        new(left._q0 & right._q0, left._q1 & right._q1,
            left._q2 & right._q2, left._q3 & right._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator |(BlockVector128 left, BlockVector128 right) =>
        new(left._q0 | right._q0, left._q1 | right._q1,
            left._q2 | right._q2, left._q3 | right._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator -(BlockVector128 value) =>
        new(-value._q0, -value._q1,
            -value._q2, -value._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 operator ~(BlockVector128 value) =>
        new(~value._q0, ~value._q1,
            ~value._q2, ~value._q3);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 Create(double value)
    {
        var quarter = Vector128.Create(value);
        return new(quarter, quarter, quarter, quarter);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 Create(ReadOnlySpan<double> values) =>
        new(Vector128.Create(values), Vector128.Create(values[2..]), Vector128.Create(values[4..]), Vector128.Create(values[6..]));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 Equals(BlockVector128 left, BlockVector128 right) =>
        new(Vector128.Equals(left._q0, right._q0), Vector128.Equals(left._q1, right._q1),
            Vector128.Equals(left._q2, right._q2), Vector128.Equals(left._q3, right._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 LessThan(BlockVector128 left, BlockVector128 right) =>
        new(Vector128.LessThan(left._q0, right._q0), Vector128.LessThan(left._q1, right._q1),
            Vector128.LessThan(left._q2, right._q2), Vector128.LessThan(left._q3, right._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 LessThanOrEqual(BlockVector128 left, BlockVector128 right) =>
        new(Vector128.LessThanOrEqual(left._q0, right._q0), Vector128.LessThanOrEqual(left._q1, right._q1),
            Vector128.LessThanOrEqual(left._q2, right._q2), Vector128.LessThanOrEqual(left._q3, right._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 Max(BlockVector128 left, BlockVector128 right) =>
        new(Vector128.Max(left._q0, right._q0), Vector128.Max(left._q1, right._q1),
            Vector128.Max(left._q2, right._q2), Vector128.Max(left._q3, right._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 Min(BlockVector128 left, BlockVector128 right) =>
        new(Vector128.Min(left._q0, right._q0), Vector128.Min(left._q1, right._q1),
            Vector128.Min(left._q2, right._q2), Vector128.Min(left._q3, right._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 ConditionalSelect(BlockVector128 mask, BlockVector128 whenSet, BlockVector128 otherwise) =>
        new(Vector128.ConditionalSelect(mask._q0, whenSet._q0, otherwise._q0), Vector128.ConditionalSelect(mask._q1, whenSet._q1, otherwise._q1),
            Vector128.ConditionalSelect(mask._q2, whenSet._q2, otherwise._q2), Vector128.ConditionalSelect(mask._q3, whenSet._q3, otherwise._q3));

    /// <summary>Each lane rounded toward zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 Truncate(BlockVector128 value) =>
        new(Vector128.Truncate(value._q0), Vector128.Truncate(value._q1),
            Vector128.Truncate(value._q2), Vector128.Truncate(value._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool All(BlockVector128 mask) =>
        ((mask._q0 & mask._q1) & (mask._q2 & mask._q3)).AsUInt64() == Vector128<ulong>.AllBitsSet;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool Any(BlockVector128 mask) =>
        ((mask._q0 | mask._q1) | (mask._q2 | mask._q3)).AsUInt64() != Vector128<ulong>.Zero;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 PowerOfTwo(BlockVector128 shifted) =>
        new(PowerOfTwo(shifted._q0), PowerOfTwo(shifted._q1),
            PowerOfTwo(shifted._q2), PowerOfTwo(shifted._q3));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector128 NextUniform(ref BlockVector128 s0, ref BlockVector128 s1, ref BlockVector128 s2, ref BlockVector128 s3)
    {
        // The state is read once into locals and written back once.
        var (a0, a1, a2, a3) = (s0._q0.AsUInt64(), s1._q0.AsUInt64(), s2._q0.AsUInt64(), s3._q0.AsUInt64());
        var (b0, b1, b2, b3) = (s0._q1.AsUInt64(), s1._q1.AsUInt64(), s2._q1.AsUInt64(), s3._q1.AsUInt64());
        var (c0, c1, c2, c3) = (s0._q2.AsUInt64(), s1._q2.AsUInt64(), s2._q2.AsUInt64(), s3._q2.AsUInt64());
        var (d0, d1, d2, d3) = (s0._q3.AsUInt64(), s1._q3.AsUInt64(), s2._q3.AsUInt64(), s3._q3.AsUInt64());
        var u0 = Uniform(Step(ref a0, ref a1, ref a2, ref a3));
        var u1 = Uniform(Step(ref b0, ref b1, ref b2, ref b3));
        var u2 = Uniform(Step(ref c0, ref c1, ref c2, ref c3));
        var u3 = Uniform(Step(ref d0, ref d1, ref d2, ref d3));
        s0 = new(a0.AsDouble(), b0.AsDouble(), c0.AsDouble(), d0.AsDouble());
        s1 = new(a1.AsDouble(), b1.AsDouble(), c1.AsDouble(), d1.AsDouble());
        s2 = new(a2.AsDouble(), b2.AsDouble(), c2.AsDouble(), d2.AsDouble());
        s3 = new(a3.AsDouble(), b3.AsDouble(), c3.AsDouble(), d3.AsDouble());
        return new(u0, u1, u2, u3);
    }

    /// <inheritdoc />
    public double GetElement(int lane)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)lane, (uint)BlockVector.Count, nameof(lane));
        return (lane >> 1) switch
        {
            0 => _q0.GetElement(lane & 1),
            1 => _q1.GetElement(lane & 1),
            2 => _q2.GetElement(lane & 1),
            _ => _q3.GetElement(lane & 1),
        };
    }

    /// <inheritdoc />
    public BlockVector128 WithElement(int lane, double value)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)lane, (uint)BlockVector.Count, nameof(lane));
        return (lane >> 1) switch
        {
            0 => new(_q0.WithElement(lane & 1, value), _q1, _q2, _q3),
            1 => new(_q0, _q1.WithElement(lane & 1, value), _q2, _q3),
            2 => new(_q0, _q1, _q2.WithElement(lane & 1, value), _q3),
            _ => new(_q0, _q1, _q2, _q3.WithElement(lane & 1, value)),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector128<double> PowerOfTwo(Vector128<double> shifted) =>
        ((shifted.AsInt64() + Vector128.Create(1023L)) << 52).AsDouble();

    /// <summary>One xoshiro256** step of two lanes: updates the state, returns the 64 output bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private static Vector128<ulong> Step(ref Vector128<ulong> s0, ref Vector128<ulong> s1, ref Vector128<ulong> s2, ref Vector128<ulong> s3)
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
    private static Vector128<double> Uniform(Vector128<ulong> bits)
    {
        var high = ((bits >>> 12) | Vector128.Create(Xoshiro256StarStarBlock.TwoToThe52Bits)).AsDouble() - Vector128.Create(Xoshiro256StarStarBlock.TwoToThe52);
        var low = (((bits >>> 11) & Vector128<ulong>.One) | Vector128.Create(Xoshiro256StarStarBlock.TwoToThe52Bits)).AsDouble()
            - Vector128.Create(Xoshiro256StarStarBlock.TwoToThe52);
        return (high + high + low) * Vector128.Create(Xoshiro256StarStarBlock.DoubleUnit);
    }
}
