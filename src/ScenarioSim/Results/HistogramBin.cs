namespace ScenarioSim.Results;

/// <summary>One bar of a metric's histogram: how many replications had a value in [<see cref="Lower"/>, <see cref="Upper"/>).</summary>
/// <param name="Lower">Lower edge, included.</param>
/// <param name="Upper">Upper edge, excluded (the last bin includes the largest value).</param>
/// <param name="Count">Replications with a value in the bin.</param>
public sealed record HistogramBin(double Lower, double Upper, long Count);
