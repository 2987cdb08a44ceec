using ScenarioSim.IO;
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

    private static PointShardJsonContext Context => PointShardJsonContext.Default;

    public static void Write(Stream stream, SweepPartial partial) =>
        PointShardJson.Write(
            stream,
            FormatName,
            partial.Stamp,
            json => JsonMembers.Write(json, new SweepDesignJson(partial.Design), Context.SweepDesignJson),
            partial.Points,
            point => point.Values,
            (json, point) => JsonMembers.Write(json, SummaryJson.ToRow(point.Result.Metrics, point.Result.Exceedances), SummaryJsonContext.Default.SummaryRowJson));

    /// <exception cref="FormatException">The content is not a valid sweep partial; the message names <paramref name="source"/>.</exception>
    public static SweepPartial Read(Stream stream, string? source) =>
        PointShardJson.Read(stream, source, Kind, FormatName, (reader, stamp) =>
        {
            string design = reader.Deserialize(Context.SweepDesignJson).Design ?? throw reader.Missing("design");
            if (design is not (ParameterSweep.GridDesign or ParameterSweep.LatinHypercubeDesign or ParameterSweep.NearlyOrthogonalDesign))
            {
                throw reader.Corrupt($"'design' is \"{design}\", expected \"{ParameterSweep.GridDesign}\", \"{ParameterSweep.LatinHypercubeDesign}\" or \"{ParameterSweep.NearlyOrthogonalDesign}\"");
            }

            var points = PointShardJson.ReadRows(
                reader, stamp, () => reader.Deserialize(SummaryJsonContext.Default.SummaryRowsJson).Rows, (row, index, values) => new SweepPoint(index, values, ReadResult(reader, row, index, stamp)));
            return new SweepPartial(stamp, design, points);
        });

    private static SimulationResult ReadResult(PartialJsonReader reader, SummaryRowJson row, int index, PointShardStamp stamp)
    {
        // A row holds summary.json's metrics and exceedance under the same names, read by the summary's own reader.
        var summaries = new SummaryJsonReader(detail => reader.Corrupt($"point {index}: {detail}"));
        var metrics = summaries.ReadMetrics(row.Metrics);
        var exceedances = summaries.ReadExceedances(row.Exceedance, stamp.Replications);
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
