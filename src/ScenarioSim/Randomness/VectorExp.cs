using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ScenarioSim.Randomness;

/// <summary>
/// e^x for x in [−700, 0], in eight lanes. Written by hand rather than using <c>Vector512.Exp</c> so the
/// result is bit-for-bit the same on every machine: only IEEE additions, multiplications and fused
/// multiply-adds (which <see cref="Vector512.FusedMultiplyAdd(Vector512{double}, Vector512{double}, Vector512{double})"/>
/// rounds once on every machine, in software where the hardware has no FMA), in a fixed order.
/// Cody–Waite range reduction x = n·ln2 + r, |r| ≤ ln2/2, then the degree-13 Taylor polynomial
/// (truncation error below 2^−52 relative) evaluated by Estrin's scheme, whose dependency chain is
/// four fused steps deep instead of Horner's thirteen, and scaling by 2^n through the exponent bits;
/// accurate to about 2 ulp.
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
        var shifted = Vector512.FusedMultiplyAdd(x, Vector512.Create(Log2E), Vector512.Create(RoundingShift));
        var n = shifted - Vector512.Create(RoundingShift);
        var r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2High), x);
        r = Vector512.FusedMultiplyAdd(-n, Vector512.Create(Ln2Low), r);

        var r2 = r * r;
        var r4 = r2 * r2;
        var r8 = r4 * r4;
        var p01 = Vector512.FusedMultiplyAdd(r, Vector512<double>.One, Vector512<double>.One);
        var p23 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 6), Vector512.Create(0.5));
        var p45 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 120), Vector512.Create(1.0 / 24));
        var p67 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 5040), Vector512.Create(1.0 / 720));
        var p89 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 362880), Vector512.Create(1.0 / 40320));
        var p1011 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 39916800), Vector512.Create(1.0 / 3628800));
        var p1213 = Vector512.FusedMultiplyAdd(r, Vector512.Create(1.0 / 6227020800), Vector512.Create(1.0 / 479001600));
        var q03 = Vector512.FusedMultiplyAdd(p23, r2, p01);
        var q47 = Vector512.FusedMultiplyAdd(p67, r2, p45);
        var q811 = Vector512.FusedMultiplyAdd(p1011, r2, p89);
        var q07 = Vector512.FusedMultiplyAdd(q47, r4, q03);
        var q813 = Vector512.FusedMultiplyAdd(p1213, r4, q811);
        var p = Vector512.FusedMultiplyAdd(q813, r8, q07);

        // 2^n from the exponent bits: n is in [−1010, 0], so the biased exponent stays normal. The low
        // bits of `shifted` (1.5·2^52 + n, exactly) already hold n in two's complement, and the shift
        // by 52 drops the rest: no float-to-integer conversion on the way.
        var exponent = (shifted.AsInt64() + Vector512.Create(1023L)) << 52;
        return p * exponent.AsDouble();
    }
}
