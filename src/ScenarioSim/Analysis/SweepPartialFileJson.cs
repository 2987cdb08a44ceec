namespace ScenarioSim.Analysis;

/// <summary>
/// What a sweep partial file (<see cref="SweepPartialJson"/>) adds to the stamp of every analysis partial
/// (<see cref="PointShardJson"/>): the design, as written and read; its rows are <see cref="Output.SummaryRowJson"/>.
/// </summary>
/// <param name="Design">The design: <c>grid</c>, <c>latin-hypercube</c> or <c>nearly-orthogonal-latin-hypercube</c>.</param>
internal sealed record SweepDesignJson(string? Design);
