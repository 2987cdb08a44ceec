using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// Simulated counterparts of observed rows: replication <c>k</c> of the scenario, replayed exactly
/// with <see cref="ScenarioRunner.Trace"/>, summed over each row's days and regions. Replications
/// <c>0 … N−1</c> with one seed are the same draws as a full run with that seed, so every candidate
/// parameter value sees the same random numbers (common random numbers).
/// </summary>
/// <remarks>
/// Replaying a trace per replication is fine for a few hundred replications; an engine API that hands
/// each replication's monthly series to a sink would avoid the per-day records.
/// </remarks>
internal static class ObservationSampler
{
    /// <summary>Simulated counts per row and replication.</summary>
    /// <param name="scenario">The scenario to simulate.</param>
    /// <param name="rows">The observed rows (their series, regions and periods are used, not their counts).</param>
    /// <param name="replications">Replications <c>0 … replications − 1</c>.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="cancellationToken">Stops the simulation.</param>
    /// <returns><c>samples[row][replication]</c>.</returns>
    public static long[][] Sample(Scenario scenario, IReadOnlyList<Observation> rows, int replications, ulong seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var samples = rows.Select(_ => new long[replications]).ToArray();
        var runner = new ScenarioRunner();
        int start = scenario.Start.DayNumber;
        Parallel.For(
            0,
            replications,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            k =>
            {
                var trace = runner.Trace(scenario, k, seed);
                for (int j = 0; j < rows.Count; j++)
                {
                    var row = rows[j];
                    long sum = 0;
                    for (int t = row.First.DayNumber - start; t <= row.Last.DayNumber - start; t++)
                    {
                        var day = trace.Days[t];
                        var counts = row.Series == ObservedSeries.MilitiaAttacks ? day.MilitiaAttacks : day.IsisAttacks;
                        foreach (int r in row.Regions)
                        {
                            sum += counts[r];
                        }
                    }

                    samples[j][k] = sum;
                }
            });
        return samples;
    }
}
