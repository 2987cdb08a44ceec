namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Maps a numeric domain linearly onto a range of positions (pixels) and back. The range may run in
/// either direction: a vertical axis usually maps the domain's minimum to the bottom, the larger position.
/// A degenerate domain (minimum equal to maximum) maps every value to the middle of the range.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class LinearScale
{
    /// <summary>Creates a scale from <c>[domainMin, domainMax]</c> to <c>[rangeMin, rangeMax]</c>.</summary>
    /// <param name="domainMin">The value mapped to <paramref name="rangeMin"/>.</param>
    /// <param name="domainMax">The value mapped to <paramref name="rangeMax"/>.</param>
    /// <param name="rangeMin">The position of <paramref name="domainMin"/>.</param>
    /// <param name="rangeMax">The position of <paramref name="domainMax"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite.</exception>
    public LinearScale(double domainMin, double domainMax, double rangeMin, double rangeMax)
    {
        RequireFinite(domainMin, nameof(domainMin));
        RequireFinite(domainMax, nameof(domainMax));
        RequireFinite(rangeMin, nameof(rangeMin));
        RequireFinite(rangeMax, nameof(rangeMax));
        DomainMin = domainMin;
        DomainMax = domainMax;
        RangeMin = rangeMin;
        RangeMax = rangeMax;
    }

    /// <summary>The value mapped to <see cref="RangeMin"/>.</summary>
    public double DomainMin { get; }

    /// <summary>The value mapped to <see cref="RangeMax"/>.</summary>
    public double DomainMax { get; }

    /// <summary>The position of <see cref="DomainMin"/>.</summary>
    public double RangeMin { get; }

    /// <summary>The position of <see cref="DomainMax"/>.</summary>
    public double RangeMax { get; }

    /// <summary>True when the domain has no width, so every value maps to the middle of the range.</summary>
    public bool IsDegenerate => DomainMin == DomainMax;

    /// <summary>The position of <paramref name="value"/>; values outside the domain extrapolate linearly.</summary>
    /// <param name="value">A domain value.</param>
    /// <returns>Its position; NaN for NaN.</returns>
    public double Map(double value) =>
        IsDegenerate
            ? (RangeMin + RangeMax) / 2
            : RangeMin + ((value - DomainMin) / (DomainMax - DomainMin) * (RangeMax - RangeMin));

    /// <summary>The value at <paramref name="position"/>, the inverse of <see cref="Map"/>.</summary>
    /// <param name="position">A position in the range.</param>
    /// <returns>The domain value; for a degenerate domain, <see cref="DomainMin"/>.</returns>
    public double Invert(double position) =>
        IsDegenerate || RangeMin == RangeMax
            ? DomainMin
            : DomainMin + ((position - RangeMin) / (RangeMax - RangeMin) * (DomainMax - DomainMin));

    /// <summary>The position of <paramref name="value"/>, kept within the range.</summary>
    /// <param name="value">A domain value.</param>
    /// <returns>The position, clamped to the range's ends.</returns>
    public double MapClamped(double value) =>
        Math.Clamp(Map(value), Math.Min(RangeMin, RangeMax), Math.Max(RangeMin, RangeMax));

    private static void RequireFinite(double value, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be a finite number.");
        }
    }
}
