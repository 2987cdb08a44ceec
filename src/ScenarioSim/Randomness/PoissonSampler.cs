using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ScenarioSim.Randomness;

/// <summary>
/// Exact Poisson variates, allocation-free, drawing from a <see cref="Xoshiro256StarStar"/> passed by
/// <c>ref</c>. Written by hand because MathNet.Numerics' Poisson sampler takes a <see cref="Random"/>
/// (a virtual call per uniform) and is slower; neither branch is a normal approximation.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Mean below 10: inversion by sequential search from P(0) = e^−λ (Devroye, "Non-Uniform Random
/// Variate Generation", 1986, §X.3.3), one uniform per variate. A draw that falls past
/// <see cref="InversionTailGuard"/>, possible only when rounding leaves the summed probabilities a few
/// ulps short of 1, is redrawn, so the loop always ends; the mass cut off is below 1e-58.</item>
/// <item>Mean 10 and above: PTRS, the transformed rejection with squeeze of W. Hörmann, "The transformed
/// rejection method for generating Poisson random variables", Insurance: Mathematics and Economics 12
/// (1993) 39–45, the algorithm NumPy uses; about 1.1 iterations of two uniforms per variate. Its final
/// acceptance test uses a cancellation-free log-probability (<see cref="LogProbability"/>) so it stays
/// exact at means of 1e9 and beyond.</item>
/// </list>
/// </remarks>
internal static class PoissonSampler
{
    /// <summary>Means below this use inversion, at or above it PTRS (Hörmann's recommended switch).</summary>
    public const double InversionLimit = 10.0;

    /// <summary>
    /// The largest mean accepted: 2^52, so every plausible variate (within 10^7 standard deviations)
    /// is an integer a double represents exactly.
    /// </summary>
    public const double MaxMean = 4503599627370496.0;

    /// <summary>
    /// Inversion never returns more than this. For λ &lt; 10, P(X &gt; 100) &lt; 10^100 / 100! &lt; 1e-58,
    /// far below the 2^−53 resolution of the uniform, so redrawing beyond it changes nothing measurable.
    /// </summary>
    private const long InversionTailGuard = 100;

    // Candidates beyond 2^53 have probability 0 in double for any mean up to MaxMean; rejecting them
    // keeps the conversion to long exact.
    private const double MaxCandidate = 9007199254740992.0;

    /// <summary>A Poisson(<paramref name="mean"/>) variate; 0 when the mean is 0 or negative.</summary>
    /// <param name="rng">The stream to draw from; advanced in place.</param>
    /// <param name="mean">The mean λ, finite and at most <see cref="MaxMean"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The mean is above <see cref="MaxMean"/> or infinite.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sample(ref Xoshiro256StarStar rng, double mean)
    {
        Debug.Assert(!double.IsNaN(mean), "A Poisson mean must not be NaN.");
        if (!(mean > 0))
        {
            return 0;
        }

        return mean < InversionLimit ? SampleByInversion(ref rng, mean) : SampleByTransformedRejection(ref rng, mean);
    }

    /// <summary>
    /// ln P(X = k) for X ~ Poisson(λ), k ≥ 0, λ &gt; 0, written as
    /// <c>d − k·ln(1 + d/λ) − ½ ln(k + 1) − ½ ln 2π − fc(k)</c> with <c>d = k + 1 − λ</c> and fc the Stirling
    /// correction: algebraically <c>−λ + k ln λ − ln k!</c>, but the two large terms cancel analytically,
    /// leaving an absolute error near ulp(d) instead of ulp(λ).
    /// </summary>
    public static double LogProbability(long k, double mean)
    {
        Debug.Assert(k >= 0 && mean > 0, "ln P(X = k) needs k >= 0 and a positive mean.");
        double d = k + 1.0 - mean;
        return d - (k * Log1P.Of(d / mean)) - (0.5 * Math.Log(k + 1.0)) - LogFactorial.HalfLogTwoPi
            - LogFactorial.StirlingCorrection(k);
    }

    private static long SampleByInversion(ref Xoshiro256StarStar rng, double mean)
    {
        double probabilityOfZero = Math.Exp(-mean);
        while (true)
        {
            double u = rng.NextDouble();
            double probability = probabilityOfZero;
            long k = 0;
            while (u >= probability)
            {
                u -= probability;
                k++;
                if (k > InversionTailGuard)
                {
                    break;
                }

                probability *= mean / k;
            }

            if (k <= InversionTailGuard)
            {
                return k;
            }
        }
    }

    private static long SampleByTransformedRejection(ref Xoshiro256StarStar rng, double mean)
    {
        if (!(mean <= MaxMean))
        {
            ThrowMeanTooLarge(mean);
        }

        // Hörmann (1993), algorithm PTRS, step 0: the hat's constants, fitted by him for λ ≥ 10.
        double b = 0.931 + (2.53 * Math.Sqrt(mean));
        double a = -0.059 + (0.02483 * b);
        double logInverseAlpha = Math.Log(1.1239 + (1.1328 / (b - 3.4)));
        double acceptBelow = 0.9277 - (3.6224 / (b - 2));

        while (true)
        {
            double u = rng.NextDouble() - 0.5;
            double v = rng.NextDouble();
            double us = 0.5 - Math.Abs(u);
            double candidate = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);

            // Step 1: the squeeze, inside the hat's centre where acceptance is certain.
            if (us >= 0.07 && v <= acceptBelow)
            {
                return (long)candidate;
            }

            // Step 2: outside the support, or in the hat's thin tails where rejection is certain.
            // Written so a NaN or infinite candidate (us == 0) is rejected too.
            if (!(candidate >= 0 && candidate <= MaxCandidate) || (us < 0.013 && v > us))
            {
                continue;
            }

            // Step 3: the exact test, v · α / (a/us² + b) ≤ P(k) / (the hat's scale), in logs.
            // Math.Log(0) = −∞ accepts, which is right: v = 0 lies under any positive probability.
            long k = (long)candidate;
            if (Math.Log(v) + logInverseAlpha - Math.Log((a / (us * us)) + b) <= LogProbability(k, mean))
            {
                return k;
            }
        }
    }

    [DoesNotReturn]
    private static void ThrowMeanTooLarge(double mean) =>
        throw new ArgumentOutOfRangeException(
            nameof(mean), mean, $"A Poisson mean must be finite and at most 2^52 ({MaxMean:R}).");
}
