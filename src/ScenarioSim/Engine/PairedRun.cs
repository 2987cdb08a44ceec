using ScenarioSim.Results;

namespace ScenarioSim.Engine;

/// <summary>What a comparison keeps of one scenario's run: every replication's metrics and monthly totals, and the run's summary.</summary>
/// <param name="Metrics">Each scalar metric per replication.</param>
/// <param name="Months">Each key series' monthly all-region total per replication.</param>
/// <param name="Result">The run's summary (its series are what <c>run</c> writes to summary.json).</param>
internal sealed record PairedRun(ReplicationMetrics Metrics, MonthlyTotalsSink Months, SimulationResult Result);
