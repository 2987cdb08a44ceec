using System.Runtime.CompilerServices;
using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>Writes each replication's metrics at its index; workers write disjoint indices, so one instance serves all.</summary>
internal sealed class ReplicationMetricsSink : IReplicationSink
{
    public ReplicationMetricsSink(CompiledScenario scenario, int count)
    {
        Values = MetricNames.All.ToDictionary(name => name, _ => new double[count], StringComparer.Ordinal);
        Parameters = scenario.Uncertainties.Select(_ => new double[count]).ToArray();
        ParameterPaths = scenario.Uncertainties.Select(u => u.Path).ToArray();
    }

    public Dictionary<string, double[]> Values { get; }

    /// <summary>Each uncertain parameter's drawn value per replication, in the scenario's order.</summary>
    public double[][] Parameters { get; }

    public string[] ParameterPaths { get; }

    /// <summary>What the sink holds once every replication is in: each metric and drawn parameter per replication.</summary>
    public ReplicationMetrics ToMetrics() =>
        new(0, Values, ParameterPaths.Zip(Parameters).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(long firstIndex, BlockState block, int lanes)
    {
        for (int lane = 0; lane < lanes; lane++)
        {
            long index = firstIndex + lane;
            foreach (string metric in MetricNames.All)
            {
                if (MetricNames.MayBeMissing(metric))
                {
                    Values[metric][index] = double.NaN;
                }
            }

            ReplicationOutcome.Visit(block, lane, (Values, index), static (target, metric, value) => target.Values[metric][target.index] = value);
            for (int j = 0; j < Parameters.Length; j++)
            {
                Parameters[j][index] = block.ParameterValues[(j * BlockState.Lanes) + lane];
            }
        }
    }
}
