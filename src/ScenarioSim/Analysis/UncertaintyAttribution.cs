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
    public static IReadOnlyList<MetricAttribution> Compute(ReplicationMetrics metrics, IEnumerable<string> metricNames) =>
        metricNames.Select(m => new MetricAttribution(m, Compute(metrics, m))).ToList();

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
        var outcome = metrics[metric];
        var rows = new List<(string Path, double Rho)>();
        foreach (string path in metrics.ParameterPaths)
        {
            var pairs = metrics.Parameter(path).Zip(outcome).Where(p => !double.IsNaN(p.Second)).ToArray();
            double rho = pairs.Length > 2 ? Correlation.Spearman(pairs.Select(p => p.First), pairs.Select(p => p.Second)) : double.NaN;
            rows.Add((path, double.IsNaN(rho) ? 0 : rho));
        }

        double total = rows.Sum(r => r.Rho * r.Rho);
        return rows
            .Select(r => new ParameterContribution(r.Path, r.Rho, total > 0 ? r.Rho * r.Rho / total : 0))
            .OrderByDescending(r => r.ContributionToVariance)
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
    }
}
