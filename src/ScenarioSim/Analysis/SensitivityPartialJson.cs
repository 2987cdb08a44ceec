using System.Text.Json;
using ScenarioSim.IO;
using ScenarioSim.Results;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The sensitivity partial file (<c>sensitivity-K-of-N.partial.json</c>): the layout of
/// <see cref="PointShardJson"/> with the metric and the design's settings (<see cref="SensitivityDesignPartJson"/>),
/// and per row the model output (<see cref="SensitivityRowJson"/>)
/// (the metric's mean) at the point, shortest round-trip so that it reads back bit for bit:
/// <code>
///   "metric": "isis_fighters_end",
///   "design": { "method": "sobol", "sampling": "sobol-sequence", "samples": 64, "bootstrap": 1000, "seed": 20240927 },
///   …
///   "rows": [ {"point":0,"values":[0.0009,0.0005],"output":3412.6}, … ]
/// </code>
/// A Morris design is <c>{ "method": "morris", "trajectories": 20, "levels": 4, "bootstrap": 1000, "seed": … }</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SensitivityPartialJson
{
    /// <summary>The value of the <c>format</c> field.</summary>
    public const string FormatName = "scenariosim-sensitivity-partial";

    /// <summary>What the file is, in messages.</summary>
    public const string Kind = "sensitivity partial";

    private static PointShardJsonContext Context => PointShardJsonContext.Default;

    public static void Write(Stream stream, SensitivityPartial partial) =>
        PointShardJson.Write(
            stream,
            FormatName,
            partial.Stamp,
            json => JsonMembers.Write(json, DesignOf(partial), Context.SensitivityDesignPartJson),
            Enumerable.Range(0, partial.PointCount).ToList(),
            i => partial.Points[i],
            (json, i) => JsonMembers.Write(json, new SensitivityRowJson(partial.Outputs[i]), Context.SensitivityRowJson));

    /// <exception cref="FormatException">The content is not a valid sensitivity partial; the message names <paramref name="source"/>.</exception>
    public static SensitivityPartial Read(Stream stream, string? source) =>
        PointShardJson.Read(stream, source, Kind, FormatName, (reader, root, stamp) =>
        {
            var part = reader.Deserialize(root, Context.SensitivityDesignPartJson)!;
            string metric = part.Metric ?? throw reader.Missing("metric");
            if (!MetricNames.All.Contains(metric, StringComparer.Ordinal))
            {
                throw reader.Corrupt($"'metric' is \"{metric}\", which is not a metric");
            }

            var design = part.Design ?? throw reader.Missing("design");
            string method = design.Method ?? throw reader.Missing("design.method");
            int bootstrap = reader.Count(design.Bootstrap, "design.bootstrap", minimum: 1);
            ulong seed = design.Seed ?? throw reader.Missing("design.seed");
            int k = stamp.Parameters.Count;
            SobolOptions? sobol = null;
            MorrisOptions? morris = null;
            int expected;
            if (method == SobolSensitivity.MethodName)
            {
                sobol = new SobolOptions
                {
                    Samples = reader.Count(design.Samples, "design.samples", minimum: 2), BootstrapResamples = bootstrap, Seed = seed,
                    Sampling = ReadSampling(reader, design.Sampling ?? throw reader.Missing("design.sampling")),
                };
                expected = sobol.Samples * (k + 2);
            }
            else if (method == MorrisScreening.MethodName)
            {
                morris = new MorrisOptions
                {
                    Trajectories = reader.Count(design.Trajectories, "design.trajectories", minimum: 2),
                    Levels = reader.Count(design.Levels, "design.levels", minimum: 2),
                    BootstrapResamples = bootstrap, Seed = seed,
                };
                expected = morris.Trajectories * (k + 1);
            }
            else
            {
                throw reader.Corrupt($"'design.method' is \"{method}\", expected \"{SobolSensitivity.MethodName}\" or \"{MorrisScreening.MethodName}\"");
            }

            if (stamp.TotalPoints != expected)
            {
                throw reader.Corrupt($"the {method} design of {k} parameters has {expected} points, but 'design_points' is {stamp.TotalPoints}");
            }

            var rows = PointShardJson.ReadRows(reader, root, stamp, (row, index, values) => (Values: values, Output: ReadOutput(reader, row, index - stamp.FirstPoint)));
            return new SensitivityPartial(stamp, metric, sobol, morris, [.. rows.Select(r => r.Values)], [.. rows.Select(r => r.Output)]);
        });

    private static SensitivityDesignPartJson DesignOf(SensitivityPartial partial) => new(
        partial.Metric,
        partial.Sobol is { } sobol
            ? new SensitivityDesignJson(partial.Method, SensitivityOutput.SamplingName(sobol.Sampling), sobol.Samples, Bootstrap: sobol.BootstrapResamples, Seed: sobol.Seed)
            : new SensitivityDesignJson(
                partial.Method, Trajectories: partial.Morris!.Trajectories, Levels: partial.Morris.Levels, Bootstrap: partial.Morris.BootstrapResamples, Seed: partial.Morris.Seed));

    private static double ReadOutput(PartialJsonReader reader, JsonElement row, int index)
    {
        string at = $"rows[{index}]";
        return reader.Deserialize(row, Context.SensitivityRowJson, at)!.Output ?? throw reader.Missing(at + ".output");
    }

    private static SensitivitySampling ReadSampling(PartialJsonReader reader, string sampling)
    {
        foreach (var candidate in Enum.GetValues<SensitivitySampling>())
        {
            if (SensitivityOutput.SamplingName(candidate) == sampling)
            {
                return candidate;
            }
        }

        throw reader.Corrupt(
            $"'design.sampling' is \"{sampling}\", expected \"{SensitivityOutput.SamplingName(SensitivitySampling.SobolSequence)}\" or \"{SensitivityOutput.SamplingName(SensitivitySampling.LatinHypercube)}\"");
    }
}
