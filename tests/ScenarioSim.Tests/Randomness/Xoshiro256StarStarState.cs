using System.Reflection;
using ScenarioSim.Randomness;

namespace ScenarioSim.Tests.Randomness;

/// <summary>
/// Sets a <see cref="Xoshiro256StarStar"/>'s raw state, which its public surface (seeding through
/// SplitMix64 only) does not allow: needed to compare with the reference test vectors and to force the
/// extreme outputs of the double conversions.
/// </summary>
internal static class Xoshiro256StarStarState
{
    private static readonly string[] FieldNames = ["_s0", "_s1", "_s2", "_s3"];

    /// <summary>A generator whose state words are exactly <paramref name="state"/>.</summary>
    public static Xoshiro256StarStar From(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        object boxed = default(Xoshiro256StarStar);
        ulong[] words = [s0, s1, s2, s3];
        for (int i = 0; i < FieldNames.Length; i++)
        {
            FieldInfo field = typeof(Xoshiro256StarStar).GetField(FieldNames[i], BindingFlags.Instance | BindingFlags.NonPublic)
                ?? throw new InvalidOperationException($"Xoshiro256StarStar has no field {FieldNames[i]}.");
            field.SetValue(boxed, words[i]);
        }

        return (Xoshiro256StarStar)boxed;
    }

    /// <summary>A generator whose next <see cref="Xoshiro256StarStar.NextUInt64"/> is <paramref name="output"/>.</summary>
    /// <remarks>The output is <c>rotl(s1 · 5, 7) · 9</c>, invertible because 5 and 9 are odd.</remarks>
    public static Xoshiro256StarStar WithNextOutput(ulong output)
    {
        ulong s1 = ulong.RotateRight(output * InverseOfOdd(9), 7) * InverseOfOdd(5);
        return From(0x0123456789ABCDEFUL, s1, 0xFEDCBA9876543210UL, 0x0F1E2D3C4B5A6978UL);
    }

    private static ulong InverseOfOdd(ulong a)
    {
        // Newton's iteration x ← x(2 − ax) doubles the correct low bits each step: 3 → 6 → … → 96 ≥ 64.
        ulong x = a;
        for (int i = 0; i < 5; i++)
        {
            x *= 2 - (a * x);
        }

        return x;
    }
}
