namespace ScenarioSim.Reporting.Charts;

/// <summary>One bar of a <see cref="BarRow"/>, drawn from zero, with an optional interval whisker.</summary>
/// <param name="Value">Where the bar ends; NaN draws no bar.</param>
/// <param name="Low">The interval's lower end; NaN for no whisker.</param>
/// <param name="High">The interval's upper end; NaN for no whisker.</param>
/// <param name="Colour">The bar's fill.</param>
/// <param name="Kind">The suffix of the bar's <c>bar-</c> and whisker's <c>ci-</c> classes, e.g. <c>s1</c>.</param>
internal sealed record BarValue(double Value, double Low, double High, string Colour, string Kind);
