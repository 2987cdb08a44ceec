using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// Tests on lane masks (a lane is set when all its bits are). Masks are compared as integers: a set
/// lane read as a double is a NaN, which compares unequal to everything, itself included.
/// </summary>
internal static class LaneMask
{
    /// <summary>True when every lane is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool All<TVector>(TVector mask)
        where TVector : unmanaged, IBlockVector<TVector> => TVector.All(mask);

    /// <summary>True when some lane is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any<TVector>(TVector mask)
        where TVector : unmanaged, IBlockVector<TVector> => TVector.Any(mask);

    /// <summary>True when lane <paramref name="lane"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has<TVector>(TVector mask, int lane)
        where TVector : unmanaged, IBlockVector<TVector> => BitConverter.DoubleToUInt64Bits(mask.GetElement(lane)) != 0;
}
