using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// e^x for x in [−700, 0], in eight lanes. Written by hand rather than using <c>Vector512.Exp</c> so the
/// result is bit-for-bit the same on every machine: only IEEE additions and multiplications (no fused
/// multiply-add, whose use varies with the hardware), in a fixed order. Cody–Waite range reduction
/// x = n·ln2 + r, |r| ≤ ln2/2, then a degree-13 Taylor polynomial in Horner form (truncation error
/// below 2^−60 relative) and scaling by 2^n through the exponent bits; accurate to about 2 ulp.
/// </summary>
internal static class VectorExp
{
    private const double Log2E = 1.4426950408889634;

    // ln 2 split so that n·Ln2High is exact for |n| < 2^11 (Cody and Waite, 1980).
    private const double Ln2High = 0.693145751953125;
    private const double Ln2Low = 1.4286068203094172321e-6;

    // Adding and subtracting 1.5·2^52 rounds to the nearest integer in round-to-nearest-even mode.
    private const double RoundingShift = 6755399441055744.0;

    /// <summary>e^x per lane; inputs below −700 are treated as −700 (e^−700 ≈ 1e−304).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> Exp(Vector512<double> x)
    {
        x = Vector512.Max(Vector512.Min(x, Vector512<double>.Zero), Vector512.Create(-700.0));
        var shifted = (x * Vector512.Create(Log2E)) + Vector512.Create(RoundingShift);
        var n = shifted - Vector512.Create(RoundingShift);
        var r = (x - (n * Vector512.Create(Ln2High))) - (n * Vector512.Create(Ln2Low));
        var p = Vector512.Create(1.0 / 6227020800.0);
        p = (p * r) + Vector512.Create(1.0 / 479001600.0);
        p = (p * r) + Vector512.Create(1.0 / 39916800.0);
        p = (p * r) + Vector512.Create(1.0 / 3628800.0);
        p = (p * r) + Vector512.Create(1.0 / 362880.0);
        p = (p * r) + Vector512.Create(1.0 / 40320.0);
        p = (p * r) + Vector512.Create(1.0 / 5040.0);
        p = (p * r) + Vector512.Create(1.0 / 720.0);
        p = (p * r) + Vector512.Create(1.0 / 120.0);
        p = (p * r) + Vector512.Create(1.0 / 24.0);
        p = (p * r) + Vector512.Create(1.0 / 6.0);
        p = (p * r) + Vector512.Create(0.5);
        p = (p * r) + Vector512<double>.One;
        p = (p * r) + Vector512<double>.One;

        // 2^n from the exponent bits: n is in [−1010, 0], so the biased exponent stays normal.
        var exponent = (Vector512.ConvertToInt64(n) + Vector512.Create(1023L)) << 52;
        return p * exponent.AsDouble();
    }
}
