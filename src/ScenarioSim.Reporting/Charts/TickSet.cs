using System.Globalization;

namespace ScenarioSim.Reporting.Charts;

/// <summary>
/// Tick values for a numeric axis: equally spaced multiples of <see cref="Step"/> from
/// <see cref="Min"/> to <see cref="Max"/>, which cover the data's domain.
/// </summary>
/// <param name="Min">The first tick, the axis's lower end.</param>
/// <param name="Max">The last tick, the axis's upper end.</param>
/// <param name="Step">The spacing: 1, 2 or 5 times a power of ten.</param>
/// <param name="Values">The ticks, ascending.</param>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed record TickSet(double Min, double Max, double Step, IReadOnlyList<double> Values)
{
    /// <summary>
    /// Decimals needed to tell the ticks apart: none for steps of 1 or more, at most 15 (what a double
    /// holds, and what <see cref="Math.Round(double, int)"/> accepts) for the tiny or zero step of an
    /// axis whose values are all but equal.
    /// </summary>
    public int Decimals => DecimalsFor(Step);

    /// <summary>The decimals ticks <paramref name="step"/> apart need (see <see cref="Decimals"/>).</summary>
    /// <param name="step">The spacing of the ticks.</param>
    /// <returns>0 to 15.</returns>
    public static int DecimalsFor(double step) =>
        step >= 1 ? 0 : step > 0 ? Math.Min(15, (int)Math.Ceiling(-Math.Log10(step) - 1e-9)) : 15;

    /// <summary>
    /// A tick label in the invariant culture with thousands separators and just enough decimals,
    /// e.g. <c>100,000</c>, <c>0.2</c>, <c>-40</c>.
    /// </summary>
    /// <param name="value">A tick value.</param>
    /// <returns>The label.</returns>
    public string Format(double value)
    {
        double rounded = Math.Round(value, Decimals);
        if (rounded == 0)
        {
            rounded = 0; // no "-0"
        }

        string format = Decimals == 0 ? "#,0" : "#,0." + new string('0', Decimals);
        return rounded.ToString(format, CultureInfo.InvariantCulture);
    }
}
