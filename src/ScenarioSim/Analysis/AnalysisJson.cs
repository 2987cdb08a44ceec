using System.Text.Encodings.Web;
using System.Text.Json;
using ScenarioSim.Results;

namespace ScenarioSim.Analysis;

/// <summary>
/// The JSON conventions of every analysis file, the same as <c>summary.json</c>'s: UTF-8 without a byte
/// order mark, two-space indentation, <c>\n</c> line endings and a final new line, shortest round-trip
/// numbers, NaN and infinities as <c>null</c>, no timestamps, so equal inputs give equal bytes.
/// </summary>
internal static class AnalysisJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream stream, Action<Utf8JsonWriter> writeDocument)
    {
        using (var json = new Utf8JsonWriter(stream, WriterOptions))
        {
            writeDocument(json);
        }

        stream.WriteByte((byte)'\n');
    }

    public static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A metric's summary with the field names of <c>summary.json</c>.</summary>
    public static void Metric(Utf8JsonWriter json, MetricSummary metric)
    {
        var s = metric.Statistics;
        json.WriteNumber("n", s.Count);
        json.WriteNumber("n_missing", metric.MissingCount);
        Number(json, "mean", s.Mean);
        Number(json, "sd", s.Sd);
        Number(json, "se", s.Se);
        Number(json, "p05", s.P05);
        Number(json, "p25", s.P25);
        Number(json, "p50", s.P50);
        Number(json, "p75", s.P75);
        Number(json, "p95", s.P95);
        Number(json, "min", s.Min);
        Number(json, "max", s.Max);
        if (metric.Probability is { } p)
        {
            Number(json, "probability", p.Probability);
            Number(json, "ci95_low", p.Ci95Low);
            Number(json, "ci95_high", p.Ci95High);
        }
    }
}
