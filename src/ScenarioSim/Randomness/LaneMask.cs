using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// Tests on lane masks (a lane is set when all its bits are). Masks are compared as integers: a set
/// lane read as a double is a NaN, which compares unequal to everything, itself included.
/// </summary>
internal static class LaneMask
{
    /// <summary>True when every lane is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool All(Vector512<double> mask) => mask.AsUInt64() == Vector512<ulong>.AllBitsSet;

    /// <summary>True when some lane is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Vector512<double> mask) => mask.AsUInt64() != Vector512<ulong>.Zero;

    /// <summary>True when lane <paramref name="lane"/> is set.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Has(Vector512<double> mask, int lane) => mask.AsUInt64().GetElement(lane) != 0;
}
