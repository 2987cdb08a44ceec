namespace ScenarioSim.Analysis;

/// <summary>
/// The paired difference of one series' all-region total in one month between a scenario and the
/// comparison's reference, over the same replications (common random numbers).
/// </summary>
/// <param name="Series">The series' name (see <see cref="Results.SeriesNames"/>).</param>
/// <param name="Month">The calendar month, <c>YYYY-MM</c>.</param>
/// <param name="Difference">The paired difference of the month's values, scenario minus reference, with its percent change.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record MonthlyDifference(string Series, string Month, PairedDifference Difference);
