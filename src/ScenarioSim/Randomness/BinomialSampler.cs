using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// Exact binomial variates, allocation-free, drawing from a <see cref="Xoshiro256StarStar"/> passed by
/// <c>ref</c>. Written by hand because MathNet.Numerics' binomial sampler takes a <see cref="Random"/>
/// and is slower (it is linear in n); neither branch is a normal or Poisson approximation.
/// </summary>
/// <remarks>
/// By symmetry only p ≤ ½ is sampled (B(n, p) = n − B(n, 1 − p)). Then:
/// <list type="bullet">
/// <item>n·p below 10: inversion by sequential search from P(0) = (1 − p)^n = exp(n·ln(1 − p)) with
/// ln(1 − p) computed without cancellation, stepping with P(x) = P(x − 1)·(n − x + 1)p / (x(1 − p))
/// (Kachitvichyanukul and Schmeiser, "Binomial random variate generation", CACM 31(2), 1988, algorithm
/// BINV), one uniform per variate. A draw past <see cref="InversionTailGuard"/> is redrawn so the loop
/// always ends; the mass cut off is below (np)^100 / 100! &lt; 1e-58.</item>
/// <item>n·p of 10 and above: BTRD, the transformed rejection with decomposition of W. Hörmann, "The
/// generation of binomial random variates", J. Statist. Comput. Simul. 46 (1993) 101–110: on average
/// about 1.2 iterations, independent of n. Its final acceptance test uses
/// <see cref="LogProbabilityRatio"/>, arranged so it stays exact for n up to 2^53.</item>
/// </list>
/// </remarks>
internal static class BinomialSampler
{
    /// <summary>With p ≤ ½, means n·p below this use inversion, at or above it BTRD (Hörmann's switch).</summary>
    public const double InversionLimit = 10.0;

    /// <summary>The largest n accepted: 2^53, beyond which a double cannot hold every count exactly.</summary>
    public const long MaxTrials = 1L << 53;

    /// <summary>
    /// Inversion never returns more than this. With n·p &lt; 10, P(X ≥ 101) ≤ C(n, 101)·p^101 ≤ 10^101 / 101!,
    /// below 1e-58, far under the 2^−53 resolution of the uniform.
    /// </summary>
    private const long InversionTailGuard = 100;

    /// <summary>Distances from the mode up to this use the product of pmf ratios (BTRD step 3.1).</summary>
    private const long RecurrenceLimit = 15;

    /// <summary>A Binomial(<paramref name="n"/>, <paramref name="p"/>) variate, in [0, n].</summary>
    /// <param name="rng">The stream to draw from; advanced in place.</param>
    /// <param name="n">The number of trials; 0 or negative gives 0. At most <see cref="MaxTrials"/>.</param>
    /// <param name="p">The success probability; 0 or below gives 0, 1 or above gives n.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is above <see cref="MaxTrials"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sample(ref Xoshiro256StarStar rng, long n, double p)
    {
        Debug.Assert(!double.IsNaN(p), "A binomial probability must not be NaN.");
        if (n <= 0 || !(p > 0))
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        // For p in (½, 1), 1 − p is exact (Sterbenz), so the symmetry costs no accuracy.
        return p > 0.5 ? n - SampleAtMostHalf(ref rng, n, 1.0 - p) : SampleAtMostHalf(ref rng, n, p);
    }

    /// <summary>
    /// ln(P(X = k) / P(X = m)) for X ~ Binomial(n, p), 0 ≤ k, m ≤ n: Hörmann's BTRD step 3.4 expression,
    /// <c>(k + ½)g(k) − (m + ½)g(m) + (n + 1) ln((n − m + 1)/(n − k + 1)) + fc(m) + fc(n − m) − fc(k) − fc(n − k)</c>
    /// with <c>g(j) = ln(p(n − j + 1) / (q(j + 1)))</c> and fc the Stirling correction.
    /// </summary>
    /// <remarks>
    /// Both logarithms have arguments within about 1/√(npq) of 1, so they are taken as ln(1 + x) of an x
    /// computed directly: <c>(n − m + 1)/(n − k + 1) − 1 = (k − m)/(n − k + 1)</c>, and
    /// <c>p(n − j + 1)/(q(j + 1)) − 1 = (p(n + 2) − (j + 1)) / (q(j + 1))</c>, whose numerator one fused
    /// multiply-add gives with a single rounding. Terms of size 1e6 (at n = 1e12) then cancel to a result
    /// of size 1 with an absolute error near 1e-10, where the textbook form loses about 1e-4.
    /// </remarks>
    public static double LogProbabilityRatio(long n, double p, long k, long m)
    {
        Debug.Assert(n > 0 && p > 0 && p < 1 && k >= 0 && k <= n && m >= 0 && m <= n, "Arguments out of range.");
        double q = 1.0 - p;
        double nPlusTwo = n + 2.0;
        double logRatioAtK = Log1P.Of(Math.FusedMultiplyAdd(p, nPlusTwo, -(k + 1.0)) / (q * (k + 1.0)));
        double logRatioAtM = Log1P.Of(Math.FusedMultiplyAdd(p, nPlusTwo, -(m + 1.0)) / (q * (m + 1.0)));
        return ((k + 0.5) * logRatioAtK) - ((m + 0.5) * logRatioAtM)
            + ((n + 1.0) * Log1P.Of((double)(k - m) / (n - k + 1.0)))
            + LogFactorial.StirlingCorrection(m) + LogFactorial.StirlingCorrection(n - m)
            - LogFactorial.StirlingCorrection(k) - LogFactorial.StirlingCorrection(n - k);
    }

    /// <summary>The mode ⌊(n + 1)p⌋, exact even where the product (n + 1)p rounds up to an integer.</summary>
    public static long Mode(long n, double p)
    {
        double nPlusOne = n + 1.0;
        double product = nPlusOne * p;
        double roundingError = Math.FusedMultiplyAdd(nPlusOne, p, -product);
        double mode = Math.Floor(product);
        if (mode == product && roundingError < 0)
        {
            mode -= 1;
        }

        return (long)mode;
    }

    private static long SampleAtMostHalf(ref Xoshiro256StarStar rng, long n, double p)
    {
        if (n > MaxTrials)
        {
            ThrowTooManyTrials(n);
        }

        return n * p < InversionLimit ? SampleByInversion(ref rng, n, p) : SampleByTransformedRejection(ref rng, n, p);
    }

    private static long SampleByInversion(ref Xoshiro256StarStar rng, long n, double p)
    {
        double oddsRatio = p / (1.0 - p);
        double probabilityOfZero = Math.Exp(n * Log1P.Of(-p));
        long largest = Math.Min(n, InversionTailGuard);
        while (true)
        {
            double u = rng.NextDouble();
            double probability = probabilityOfZero;
            long x = 0;
            while (u >= probability)
            {
                u -= probability;
                x++;
                if (x > largest)
                {
                    break;
                }

                probability *= (n - x + 1.0) * oddsRatio / x;
            }

            if (x <= largest)
            {
                return x;
            }
        }
    }

    private static long SampleByTransformedRejection(ref Xoshiro256StarStar rng, long n, double p)
    {
        // Hörmann (1993), algorithm BTRD, step 0: the hat's constants, fitted by him for np ≥ 10, p ≤ ½.
        double q = 1.0 - p;
        double mean = n * p;
        double variance = mean * q;
        double sd = Math.Sqrt(variance);
        double b = 1.15 + (2.53 * sd);
        double a = -0.0873 + (0.0248 * b) + (0.01 * p);
        double c = mean + 0.5;
        double alpha = (2.83 + (5.1 / b)) * sd;
        double acceptBelow = 0.92 - (4.2 / b);
        double immediateAcceptBelow = 0.86 * acceptBelow;
        double oddsRatio = p / q;
        double scaledOdds = (n + 1.0) * oddsRatio;
        long m = Mode(n, p);
        double largest = n;

        while (true)
        {
            double v = rng.NextDouble();
            double u;

            // Step 1: the centre of the hat, accepted at once (about 86% of variates).
            if (v <= immediateAcceptBelow)
            {
                u = (v / acceptBelow) - 0.43;
                double central = Math.Floor((((2 * a / (0.5 - Math.Abs(u))) + b) * u) + c);
                if (central >= 0 && central <= largest)
                {
                    return (long)central;
                }

                continue;
            }

            // Step 2: a fresh point under the hat, reusing v where the decomposition allows.
            if (v >= acceptBelow)
            {
                u = rng.NextDouble() - 0.5;
            }
            else
            {
                u = (v / acceptBelow) - 0.93;
                u = (u < 0 ? -0.5 : 0.5) - u;
                v = rng.NextDouble() * acceptBelow;
            }

            double us = 0.5 - Math.Abs(u);
            double candidate = Math.Floor((((2 * a / us) + b) * u) + c);

            // Outside [0, n], including the ±∞ and NaN that us == 0 produces.
            if (!(candidate >= 0 && candidate <= largest))
            {
                continue;
            }

            long k = (long)candidate;
            v *= alpha / ((a / (us * us)) + b);
            long distance = Math.Abs(k - m);

            // Step 3.1: near the mode, f(k)/f(m) as a short product of successive pmf ratios.
            if (distance <= RecurrenceLimit)
            {
                double f = 1.0;
                if (m < k)
                {
                    for (long i = m + 1; i <= k; i++)
                    {
                        f *= (scaledOdds / i) - oddsRatio;
                    }
                }
                else
                {
                    for (long i = k + 1; i <= m; i++)
                    {
                        v *= (scaledOdds / i) - oddsRatio;
                    }
                }

                if (v <= f)
                {
                    return k;
                }

                continue;
            }

            // Step 3.2–3.3: squeeze on ln f(k)/f(m) from its normal-like bounds. The bounds are proven for
            // distances below npq/2 − 1 (Kachitvichyanukul and Schmeiser 1988, step 5.2), so farther
            // candidates go straight to the exact test.
            double logV = Math.Log(v);
            double km = distance;
            if (km < (variance / 2) - 1)
            {
                double rho = km / variance * ((((((km / 3) + 0.625) * km) + (1.0 / 6)) / variance) + 0.5);
                double t = -km * km / (2 * variance);
                if (logV < t - rho)
                {
                    return k;
                }

                if (logV > t + rho)
                {
                    continue;
                }
            }

            // Step 3.4: the exact test. ln(0) = −∞ accepts, which is right for v = 0.
            if (logV <= LogProbabilityRatio(n, p, k, m))
            {
                return k;
            }
        }
    }

    [DoesNotReturn]
    private static void ThrowTooManyTrials(long n) =>
        throw new ArgumentOutOfRangeException(nameof(n), n, $"A binomial n must be at most 2^53 ({MaxTrials}).");
}
