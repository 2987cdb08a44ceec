using MathNet.Numerics.Statistics;
using ScenarioSim.Engine;
using ScenarioSim.IO;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>
/// Attributes a metric's spread to the scenario's uncertain parameters, as spreadsheet Monte Carlo
/// tools do: the Spearman rank correlation between each parameter's drawn values and the metric
/// across replications, and each parameter's "contribution to variance", its squared rank
/// correlation as a share of the sum over parameters. A screening measure: it assumes monotone
/// effects and ignores interactions (use <c>scenariosim sensitivity</c> for Sobol indices).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class UncertaintyAttribution
{
    /// <summary>The file <c>scenariosim run --out</c> writes the attribution to.</summary>
    public const string CsvFileName = "uncertainty.csv";

    /// <summary>The metrics <c>scenariosim run</c> attributes.</summary>
    public static IReadOnlyList<string> KeyMetrics { get; } =
    [
        MetricNames.MilitiaAttacksTotal, MetricNames.MilitiaFatalitiesTotal, MetricNames.IsisFightersEnd, MetricNames.IsisFightersPeak,
    ];

    /// <summary>The attribution of each of <paramref name="metricNames"/>.</summary>
    /// <param name="metrics">Per-replication metrics and parameter values.</param>
    /// <param name="metricNames">The metrics to explain.</param>
    public static IReadOnlyList<MetricAttribution> Compute(ReplicationMetrics metrics, IEnumerable<string> metricNames)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(metricNames);
        var parameterRanks = new Dictionary<string, double[]>(StringComparer.Ordinal);
        return metricNames.Select(m => new MetricAttribution(m, Compute(metrics, m, parameterRanks))).ToList();
    }

    /// <summary>Writes <c>metric,parameter,rank_correlation,contribution_to_variance</c> rows as UTF-8 CSV (stream left open).</summary>
    /// <param name="stream">Receives the bytes.</param>
    /// <param name="attribution">The rows to write.</param>
    public static void WriteCsv(Stream stream, IReadOnlyList<MetricAttribution> attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        using var writer = OutputEncoding.CreateWriter(stream);
        writer.Write("metric,parameter,rank_correlation,contribution_to_variance\n");
        foreach (var metric in attribution)
        {
            foreach (var row in metric.Parameters)
            {
                writer.Write($"{CsvCell.Text(metric.Metric)},{CsvCell.Text(row.Path)},{CsvCell.Number(row.RankCorrelation)},{CsvCell.Number(row.ContributionToVariance)}\n");
            }
        }
    }

    /// <summary>One row per uncertain parameter, largest contribution first.</summary>
    /// <param name="metrics">Per-replication metrics and parameter values from <see cref="ScenarioRunner.RunReplicationMetrics"/>.</param>
    /// <param name="metric">The metric to explain.</param>
    public static IReadOnlyList<ParameterContribution> Compute(ReplicationMetrics metrics, string metric)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return Compute(metrics, metric, new Dictionary<string, double[]>(StringComparer.Ordinal));
    }

    /// <summary>
    /// <see cref="Compute(ReplicationMetrics, string)"/> with each series ranked once. MathNet's
    /// <see cref="Correlation.Spearman"/> is the Pearson correlation of the two series' average ranks
    /// (<see cref="ArrayStatistics.RanksInplace(double[], RankDefinition)"/>); called pair by pair it ranks
    /// every parameter again for every metric and the metric again for every parameter (40 sorts of all
    /// replications' values for the baseline's four metrics and five parameters). Here each metric is
    /// ranked once, and each parameter once for all the metrics that have a value in every replication
    /// (<paramref name="parameterRanks"/>): 9 sorts, and the same ranks into the same Pearson correlation,
    /// so ρ is the same to the bit.
    /// </summary>
    private static IReadOnlyList<ParameterContribution> Compute(
        ReplicationMetrics metrics, string metric, Dictionary<string, double[]> parameterRanks)
    {
        var outcome = metrics[metric];
        int[] kept = Enumerable.Range(0, outcome.Count).Where(i => !double.IsNaN(outcome[i])).ToArray();
        bool complete = kept.Length == outcome.Count;
        double[] outcomeRanks = kept.Length > 2 ? Ranks(outcome, kept) : [];
        var rows = new List<(string Path, double Rho)>();
        foreach (string path in metrics.ParameterPaths)
        {
            double rho = kept.Length > 2 ? Correlation.Pearson(ParameterRanks(path), outcomeRanks) : double.NaN;
            rows.Add((path, double.IsNaN(rho) ? 0 : rho));
        }

        double total = rows.Sum(r => r.Rho * r.Rho);
        return rows
            .Select(r => new ParameterContribution(r.Path, r.Rho, total > 0 ? r.Rho * r.Rho / total : 0))
            .OrderByDescending(r => r.ContributionToVariance)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();

        double[] ParameterRanks(string path)
        {
            if (!complete)
            {
                return Ranks(metrics.Parameter(path), kept);
            }

            if (!parameterRanks.TryGetValue(path, out var ranks))
            {
                ranks = Ranks(metrics.Parameter(path), kept);
                parameterRanks[path] = ranks;
            }

            return ranks;
        }
    }

    /// <summary>The average ranks (ties share their mean rank) of the values at <paramref name="kept"/>, in that order.</summary>
    private static double[] Ranks(IReadOnlyList<double> values, int[] kept)
    {
        var selected = new double[kept.Length];
        for (int i = 0; i < kept.Length; i++)
        {
            selected[i] = values[kept[i]];
        }

        return ArrayStatistics.RanksInplace(selected);
    }
}
