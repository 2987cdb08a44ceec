using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// The eight lanes of a block in one <see cref="Vector512{T}"/>: the width the daily steps run at
/// where AVX-512 is hardware-accelerated, each operation one instruction. Elsewhere .NET emulates
/// <see cref="Vector512{T}"/> with out-of-line calls, so the engine picks it only where
/// <see cref="Vector512.IsHardwareAccelerated"/> (see <see cref="BlockVectorWidth"/>).
/// </summary>
internal readonly struct BlockVector512 : IBlockVector<BlockVector512>
{
    private readonly Vector512<double> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    private BlockVector512(Vector512<double> value) => _value = value;

    /// <inheritdoc />
    public static BlockVector512 Zero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => default;
    }

    /// <inheritdoc />
    public static BlockVector512 One
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector512<double>.One);
    }

    /// <inheritdoc />
    public static BlockVector512 AllBitsSet
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector512<double>.AllBitsSet);
    }

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator +(BlockVector512 left, BlockVector512 right) => new(left._value + right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator -(BlockVector512 left, BlockVector512 right) => new(left._value - right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator -(BlockVector512 value) => new(-value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator *(BlockVector512 left, BlockVector512 right) => new(left._value * right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator /(BlockVector512 left, BlockVector512 right) => new(left._value / right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator &(BlockVector512 left, BlockVector512 right) => new(left._value & right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator |(BlockVector512 left, BlockVector512 right) => new(left._value | right._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 operator ~(BlockVector512 value) => new(~value._value);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 Create(double value) => new(Vector512.Create(value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 Create(ReadOnlySpan<double> values) => new(Vector512.Create(values));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 Equals(BlockVector512 left, BlockVector512 right) => new(Vector512.Equals(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 LessThan(BlockVector512 left, BlockVector512 right) => new(Vector512.LessThan(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 LessThanOrEqual(BlockVector512 left, BlockVector512 right) =>
        new(Vector512.LessThanOrEqual(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 ConditionalSelect(BlockVector512 mask, BlockVector512 whenSet, BlockVector512 otherwise) =>
        new(Vector512.ConditionalSelect(mask._value, whenSet._value, otherwise._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 Max(BlockVector512 left, BlockVector512 right) => new(Vector512.Max(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 Min(BlockVector512 left, BlockVector512 right) => new(Vector512.Min(left._value, right._value));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool All(BlockVector512 mask) => mask._value.AsUInt64() == Vector512<ulong>.AllBitsSet;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static bool Any(BlockVector512 mask) => mask._value.AsUInt64() != Vector512<ulong>.Zero;

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 PowerOfTwo(BlockVector512 shifted) =>
        new(((shifted._value.AsInt64() + Vector512.Create(1023L)) << 52).AsDouble());

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveInlining | MethodImplOptions.AggressiveOptimization)]
    public static BlockVector512 NextUniform(ref BlockVector512 s0, ref BlockVector512 s1, ref BlockVector512 s2, ref BlockVector512 s3)
    {
        // The state is read once into locals and written back once.
        var (a0, a1, a2, a3) = (s0._value.AsUInt64(), s1._value.AsUInt64(), s2._value.AsUInt64(), s3._value.AsUInt64());
        var times5 = (a1 << 2) + a1;
        var rotated = (times5 << 7) | (times5 >>> 57);
        var bits = (rotated << 3) + rotated;
        var t = a1 << 17;
        a2 ^= a0;
        a3 ^= a1;
        a1 ^= a2;
        a0 ^= a3;
        a2 ^= t;
        a3 = (a3 << 45) | (a3 >>> 19);
        (s0, s1, s2, s3) = (new(a0.AsDouble()), new(a1.AsDouble()), new(a2.AsDouble()), new(a3.AsDouble()));

        var high = ((bits >>> 12) | Vector512.Create(Xoshiro256StarStarBlock.TwoToThe52Bits)).AsDouble() - Vector512.Create(Xoshiro256StarStarBlock.TwoToThe52);
        var low = (((bits >>> 11) & Vector512<ulong>.One) | Vector512.Create(Xoshiro256StarStarBlock.TwoToThe52Bits)).AsDouble()
            - Vector512.Create(Xoshiro256StarStarBlock.TwoToThe52);
        return new((high + high + low) * Vector512.Create(Xoshiro256StarStarBlock.DoubleUnit));
    }

    /// <inheritdoc />
    public double GetElement(int lane) => _value.GetElement(lane);

    /// <inheritdoc />
    public BlockVector512 WithElement(int lane, double value) => new(_value.WithElement(lane, value));
}
