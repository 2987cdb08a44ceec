namespace ScenarioSim.Output;

/// <summary>
/// A result's metric summaries and exceedance probabilities as <c>summary.json</c> gives them (<c>metrics</c>,
/// <c>exceedance</c>), held as one row of a file of several results: what a sweep partial's row adds to its point
/// and values. Written and read by <see cref="SummaryJsonContext"/>, so a row's blocks are the summary's to the byte.
/// </summary>
/// <param name="Metrics">Each metric's summary, keyed by its name, in the run's order.</param>
/// <param name="Exceedance">Each threshold's probability, in the scenario's order.</param>
internal sealed record SummaryRowJson(
    OrderedDictionary<string, SummaryMetricJson>? Metrics = null,
    List<ExceedanceJson>? Exceedance = null);

/// <summary>The <c>rows</c> of a file of several results read as <see cref="SummaryRowJson"/>, each row's other fields skipped.</summary>
internal sealed record SummaryRowsJson(List<SummaryRowJson?>? Rows = null);
