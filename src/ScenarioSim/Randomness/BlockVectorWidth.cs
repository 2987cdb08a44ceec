using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// Which <see cref="IBlockVector{TSelf}"/> width the daily steps run at on this machine, and the
/// reinterpretation of a block's storage at a width. The widest whose instructions the hardware has:
/// 512-bit where AVX-512 is accelerated, 256-bit on AVX2 machines, 128-bit otherwise (AdvSimd on
/// ARM64, SSE4 on x64). <c>IsHardwareAccelerated</c> is a constant to the JIT, so only one width's
/// code is compiled into a dispatching method.
/// </summary>
internal static class BlockVectorWidth
{
    /// <summary>Bits per vector instruction of the width the engine runs at: 512, 256 or 128.</summary>
    public static int Bits =>
        Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 128;

    /// <summary>
    /// The eight lanes stored at <paramref name="storage"/> read at width <typeparamref name="TVector"/>
    /// (every width lays them out in the same 64 bytes, lane order).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref TVector As<TVector>(ref BlockVector storage)
        where TVector : unmanaged, IBlockVector<TVector> =>
        ref Unsafe.As<BlockVector, TVector>(ref storage);

    /// <summary>A value at width <typeparamref name="TVector"/> as the storage type.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BlockVector Store<TVector>(TVector value)
        where TVector : unmanaged, IBlockVector<TVector> =>
        Unsafe.As<TVector, BlockVector>(ref value);

    /// <summary>The storage type read at width <typeparamref name="TVector"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Load<TVector>(BlockVector value)
        where TVector : unmanaged, IBlockVector<TVector> =>
        Unsafe.As<BlockVector, TVector>(ref value);
}
