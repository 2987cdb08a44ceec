namespace ScenarioSim.Analysis;

/// <summary>What a partial file (<c>*.partial.json</c>) holds, by its <c>format</c> field (see <see cref="PartialFile.KindOf(string)"/>).</summary>
internal enum PartialKind
{
    /// <summary>A range of a run's replications (<see cref="Engine.PartialResult"/>, <c>shard-K-of-N.partial.json</c>).</summary>
    Run,

    /// <summary>A range of a sweep's points (<see cref="SweepPartial"/>, <c>sweep-K-of-N.partial.json</c>).</summary>
    Sweep,

    /// <summary>A range of a sensitivity design's points (<see cref="SensitivityPartial"/>, <c>sensitivity-K-of-N.partial.json</c>).</summary>
    Sensitivity,
}
