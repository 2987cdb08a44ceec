using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>
/// Every scalar metric of every replication in a range, indexed by replication: what paired
/// comparisons (common random numbers) need. Memory is replications × metrics, never × days.
/// </summary>
/// <remarks>Immutable; safe to share between threads.</remarks>
public sealed class ReplicationMetrics
{
    private readonly Dictionary<string, double[]> _values;
    private readonly Dictionary<string, double[]> _parameters;

    internal ReplicationMetrics(long firstReplication, Dictionary<string, double[]> values, Dictionary<string, double[]> parameters)
    {
        FirstReplication = firstReplication;
        _values = values;
        _parameters = parameters;
        Count = values[MetricNames.MilitiaAttacksTotal].Length;
    }

    /// <summary>Paths of the scenario's uncertain parameters, whose drawn values <see cref="Parameter"/> returns.</summary>
    public IReadOnlyCollection<string> ParameterPaths => _parameters.Keys;

    /// <summary>The value each replication drew for the uncertain parameter at <paramref name="path"/>, in replication order.</summary>
    /// <exception cref="KeyNotFoundException">The scenario has no uncertain parameter at that path.</exception>
    public IReadOnlyList<double> Parameter(string path) =>
        _parameters.TryGetValue(path, out var values)
            ? values
            : throw new KeyNotFoundException($"No uncertain parameter at '{path}'. Uncertain parameters: {string.Join(", ", _parameters.Keys)}.");

    /// <summary>Index of the first replication.</summary>
    public long FirstReplication { get; }

    /// <summary>Replications held.</summary>
    public int Count { get; }

    /// <summary>
    /// The metric's value for each replication, in replication order. The "days to" metrics
    /// (<see cref="MetricNames.MayBeMissing"/>) are NaN for replications where the event never happened.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No metric has that name.</exception>
    public IReadOnlyList<double> this[string metric] =>
        _values.TryGetValue(metric, out var values)
            ? values
            : throw new KeyNotFoundException($"No metric named '{metric}'. Known metrics: {string.Join(", ", MetricNames.All)}.");
}
