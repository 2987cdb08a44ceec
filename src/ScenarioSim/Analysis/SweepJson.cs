using System.Text.Json;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>
/// Writes <c>sweep.json</c>: the design (name, points, seed, replications, factor ranges), how correlated
/// its factors are over the points, and each metric's first-order metamodel with 95% intervals, R² and the
/// factors ranked by the size of their effect. Deterministic bytes (<see cref="DeterministicJson"/>).
/// </summary>
internal static class SweepJson
{
    /// <summary>What the metamodel is, in the file.</summary>
    public const string Description =
        "first-order least squares of each metric's mean over the points on coded factors z = (2x - low - high) / (high - low) in [-1, 1]; " +
        "a coefficient is half the change across the factor's range; 95% intervals: student-t, points - factors - 1 degrees of freedom";

    /// <summary>Writes the document to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, SweepResult sweep)
    {
        var (maxCorrelation, condition) = SweepMetamodel.DesignCorrelation(sweep);
        var models = SweepMetamodel.Fit(sweep);
        DeterministicJson.Write(stream, json =>
        {
            json.WriteStartObject();
            json.WriteString("design", sweep.Design);
            json.WriteNumber("points", sweep.Points.Count);
            json.WriteNumber("seed", sweep.Seed);
            json.WriteNumber("replications", sweep.Replications);
            json.WriteStartObject("factors");
            foreach (var parameter in sweep.Parameters)
            {
                json.WriteStartObject(parameter.Path);
                DeterministicJson.Number(json, "low", parameter.Low);
                DeterministicJson.Number(json, "high", parameter.High);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("design_correlation");
            DeterministicJson.Number(json, "max_abs", maxCorrelation);
            DeterministicJson.Number(json, "condition_number", condition);
            json.WriteEndObject();
            json.WriteString("metamodel", Description);
            json.WriteStartObject("metrics");
            foreach (var model in models)
            {
                WriteModel(json, model);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    private static void WriteModel(Utf8JsonWriter json, MetricMetamodel model)
    {
        json.WriteStartObject(model.Metric);
        json.WriteNumber("points", model.Points);
        if (model.Note is { } note)
        {
            json.WriteString("note", note);
            json.WriteEndObject();
            return;
        }

        DeterministicJson.Number(json, "r_squared", model.RSquared);
        WriteTerm(json, model.Intercept!, "intercept");
        json.WriteStartObject("coefficients");
        foreach (var term in model.Terms)
        {
            WriteTerm(json, term, term.Factor);
        }

        json.WriteEndObject();
        json.WriteStartArray("ranking");
        foreach (var term in model.Ranked)
        {
            json.WriteStringValue(term.Factor);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTerm(Utf8JsonWriter json, MetamodelTerm term, string name)
    {
        json.WriteStartObject(name);
        DeterministicJson.Number(json, "estimate", term.Estimate);
        DeterministicJson.Number(json, "se", term.Se);
        DeterministicJson.Number(json, "ci95_low", term.Ci95Low);
        DeterministicJson.Number(json, "ci95_high", term.Ci95High);
        json.WriteEndObject();
    }
}
