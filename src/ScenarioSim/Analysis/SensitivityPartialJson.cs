using System.Text.Json;
using ScenarioSim.Output;
using ScenarioSim.Results;
using ScenarioSim.ScaleOut;

namespace ScenarioSim.Analysis;

/// <summary>
/// The sensitivity partial file (<c>sensitivity-K-of-N.partial.json</c>): the layout of
/// <see cref="PointShardJson"/> with the metric and the design's settings, and per row the model output
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

    private const string Metric = "metric";
    private const string Design = "design";
    private const string Method = "method";
    private const string Sampling = "sampling";
    private const string Samples = "samples";
    private const string Trajectories = "trajectories";
    private const string Levels = "levels";
    private const string Bootstrap = "bootstrap";
    private const string Seed = "seed";
    private const string Output = "output";

    public static void Write(Stream stream, SensitivityPartial partial) =>
        PointShardJson.Write(
            stream,
            FormatName,
            partial.Stamp,
            json => WriteDesign(json, partial),
            Enumerable.Range(0, partial.PointCount).ToList(),
            i => partial.Points[i],
            (json, i) => json.WriteNumber(Output, partial.Outputs[i]));

    /// <exception cref="FormatException">The content is not a valid sensitivity partial; the message names <paramref name="source"/>.</exception>
    public static SensitivityPartial Read(Stream stream, string? source) =>
        PointShardJson.Read(stream, source, Kind, FormatName, (reader, root, stamp) =>
        {
            string metric = reader.String(root, Metric);
            if (!MetricNames.All.Contains(metric, StringComparer.Ordinal))
            {
                throw reader.Corrupt($"'{Metric}' is \"{metric}\", which is not a metric");
            }

            var design = reader.Property(root, Design, JsonValueKind.Object);
            string method = reader.String(design, Method, Design + ".");
            int bootstrap = reader.Count(design, Bootstrap, minimum: 1, Design + ".");
            ulong seed = reader.UInt64(design, Seed, Design + ".");
            int k = stamp.Parameters.Count;
            SobolOptions? sobol = null;
            MorrisOptions? morris = null;
            int expected;
            if (method == SobolSensitivity.MethodName)
            {
                sobol = new SobolOptions { Samples = reader.Count(design, Samples, minimum: 2, Design + "."), BootstrapResamples = bootstrap, Seed = seed, Sampling = ReadSampling(reader, design) };
                expected = sobol.Samples * (k + 2);
            }
            else if (method == MorrisScreening.MethodName)
            {
                morris = new MorrisOptions
                {
                    Trajectories = reader.Count(design, Trajectories, minimum: 2, Design + "."), Levels = reader.Count(design, Levels, minimum: 2, Design + "."),
                    BootstrapResamples = bootstrap, Seed = seed,
                };
                expected = morris.Trajectories * (k + 1);
            }
            else
            {
                throw reader.Corrupt($"'{Design}.{Method}' is \"{method}\", expected \"{SobolSensitivity.MethodName}\" or \"{MorrisScreening.MethodName}\"");
            }

            if (stamp.TotalPoints != expected)
            {
                throw reader.Corrupt($"the {method} design of {k} parameters has {expected} points, but 'design_points' is {stamp.TotalPoints}");
            }

            var rows = PointShardJson.ReadRows(reader, root, stamp, (row, index, values) => (Values: values, Output: reader.Finite(row, Output, $"rows[{index - stamp.FirstPoint}].")));
            return new SensitivityPartial(stamp, metric, sobol, morris, [.. rows.Select(r => r.Values)], [.. rows.Select(r => r.Output)]);
        });

    private static void WriteDesign(Utf8JsonWriter json, SensitivityPartial partial)
    {
        json.WriteString(Metric, partial.Metric);
        json.WriteStartObject(Design);
        json.WriteString(Method, partial.Method);
        if (partial.Sobol is { } sobol)
        {
            json.WriteString(Sampling, SensitivityOutput.SamplingName(sobol.Sampling));
            json.WriteNumber(Samples, sobol.Samples);
            json.WriteNumber(Bootstrap, sobol.BootstrapResamples);
            json.WriteNumber(Seed, sobol.Seed);
        }
        else
        {
            json.WriteNumber(Trajectories, partial.Morris!.Trajectories);
            json.WriteNumber(Levels, partial.Morris.Levels);
            json.WriteNumber(Bootstrap, partial.Morris.BootstrapResamples);
            json.WriteNumber(Seed, partial.Morris.Seed);
        }

        json.WriteEndObject();
    }

    private static SensitivitySampling ReadSampling(PartialJsonReader reader, JsonElement design)
    {
        string sampling = reader.String(design, Sampling, Design + ".");
        foreach (var candidate in Enum.GetValues<SensitivitySampling>())
        {
            if (SensitivityOutput.SamplingName(candidate) == sampling)
            {
                return candidate;
            }
        }

        throw reader.Corrupt(
            $"'{Design}.{Sampling}' is \"{sampling}\", expected \"{SensitivityOutput.SamplingName(SensitivitySampling.SobolSequence)}\" or \"{SensitivityOutput.SamplingName(SensitivitySampling.LatinHypercube)}\"");
    }
}
