namespace ScenarioSim.Tests.Randomness;

/// <summary>Sample-moment checks for parameters too large for a pmf-based goodness-of-fit test.</summary>
internal static class Moments
{
    /// <summary>How many standard errors the sample mean and variance may stray; at a fixed seed.</summary>
    public const double StandardErrors = 5;

    /// <summary>
    /// Asserts the sample mean within 5 standard errors (σ/√N) of <paramref name="mean"/> and the sample
    /// variance within 5 standard errors (σ²·√((2 + κ)/N), κ the excess kurtosis) of
    /// <paramref name="variance"/>.
    /// </summary>
    public static void AssertMatch(long[] samples, double mean, double variance, double excessKurtosis)
    {
        // Centre on the true mean before summing so squares of 1e12-sized values do not lose precision.
        double sum = 0;
        double sumOfSquares = 0;
        foreach (long x in samples)
        {
            double d = x - mean;
            sum += d;
            sumOfSquares += d * d;
        }

        int n = samples.Length;
        double meanOffset = sum / n;
        double sampleVariance = (sumOfSquares - (n * meanOffset * meanOffset)) / (n - 1);
        double meanError = Math.Sqrt(variance / n);
        double varianceError = variance * Math.Sqrt((2 + excessKurtosis) / n);

        Assert.Multiple(() =>
        {
            Assert.That(meanOffset, Is.EqualTo(0).Within(StandardErrors * meanError), "sample mean − true mean");
            Assert.That(sampleVariance, Is.EqualTo(variance).Within(StandardErrors * varianceError), "sample variance");
        });
    }
}
