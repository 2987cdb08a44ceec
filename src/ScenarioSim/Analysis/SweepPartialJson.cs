using System.Text.Json;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The sweep partial file (<c>sweep-K-of-N.partial.json</c>): the layout of <see cref="PointShardJson"/>
/// with <c>"design": "grid"</c> or <c>"latin-hypercube"</c>, and per row the point's metric summaries and
/// exceedance probabilities in the form <c>summary.json</c> gives them (<c>metrics</c>, <c>exceedance</c>),
/// which is everything <c>sweep.csv</c> and the sweep's tables show. Monthly series are not kept.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SweepPartialJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "scenariosim-sweep-partial";

    /// <summary>What the file is, in messages.</summary>
    public const string Kind = "sweep partial";

    private const string Design = "design";

    public static void Write(Stream stream, SweepPartial partial) =>
        PointShardJson.Write(
            stream,
            FormatName,
            partial.Stamp,
            json => json.WriteString(Design, partial.Design),
            partial.Points,
            point => point.Values,
            (json, point) =>
            {
                SummaryJson.WriteMetrics(json, point.Result.Metrics);
                SummaryJson.WriteExceedances(json, point.Result.Exceedances);
            });

    /// <exception cref="FormatException">The content is not a valid sweep partial; the message names <paramref name="source"/>.</exception>
    public static SweepPartial Read(Stream stream, string? source) =>
        PointShardJson.Read(stream, source, Kind, FormatName, (reader, root, stamp) =>
        {
            string design = reader.String(root, Design);
            if (design is not (ParameterSweep.GridDesign or ParameterSweep.LatinHypercubeDesign or ParameterSweep.NearlyOrthogonalDesign))
            {
                throw reader.Corrupt($"'{Design}' is \"{design}\", expected \"{ParameterSweep.GridDesign}\", \"{ParameterSweep.LatinHypercubeDesign}\" or \"{ParameterSweep.NearlyOrthogonalDesign}\"");
            }

            var points = PointShardJson.ReadRows(reader, root, stamp, (row, index, values) => new SweepPoint(index, values, ReadResult(reader, row, index, stamp)));
            return new SweepPartial(stamp, design, points);
        });

    private static SimulationResult ReadResult(PartialJsonReader reader, JsonElement row, int index, PointShardStamp stamp)
    {
        // A row holds summary.json's metrics and exceedance under the same names, so it reads as the summary's
        // records with only those two present (the row's own fields are ignored).
        var summaries = new SummaryJsonReader(detail => reader.Corrupt($"point {index}: {detail}"));
        List<MetricSummary> metrics;
        List<ExceedanceProbability> exceedances;
        try
        {
            var fields = row.Deserialize(SummaryJsonContext.Default.SummaryFileJson)!;
            metrics = summaries.ReadMetrics(fields.Metrics);
            exceedances = summaries.ReadExceedances(fields.Exceedance, stamp.Replications);
        }
        catch (JsonException e)
        {
            throw reader.Corrupt($"point {index}: {e.Message}");
        }

        if (!metrics.Select(m => m.Name).SequenceEqual(MetricNames.All))
        {
            throw reader.Corrupt($"point {index} has the metrics {string.Join(", ", metrics.Select(m => m.Name))}, expected {string.Join(", ", MetricNames.All)}");
        }

        return new SimulationResult
        {
            ScenarioName = stamp.ScenarioName,
            Seed = stamp.Seed,
            Replications = stamp.Replications,
            Version = stamp.Version,
            Metrics = metrics,
            Exceedances = exceedances,
            Series = [],
        };
    }
}
