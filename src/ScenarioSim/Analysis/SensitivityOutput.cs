using System.Text.Json;
using ScenarioSim.Engine;
using ScenarioSim.IO;

namespace ScenarioSim.Analysis;

/// <summary>
/// Writes <c>sensitivity.json</c>: the metric, the method and its settings, and per parameter (keyed by
/// its override path, in the order given) Sobol' indices with bootstrap intervals, or Morris's μ*, μ and
/// σ. Written atomically; the bytes depend only on the analysis.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class SensitivityOutput
{
    /// <summary>The JSON file's name.</summary>
    public const string JsonFileName = "sensitivity.json";

    /// <summary>Writes the Sobol' analysis of <paramref name="response"/>'s metric into <paramref name="directory"/>.</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">The scenario response analysed (metric, seed, replications).</param>
    /// <param name="result">The indices.</param>
    public static void Write(string directory, ScenarioResponse response, SobolResult result)
    {
        ArgumentNullException.ThrowIfNull(response);
        Write(directory, response.Stamp, result);
    }

    /// <summary>Writes a Sobol' analysis into <paramref name="directory"/>, described by <paramref name="response"/> (e.g. that of joined shards).</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The indices.</param>
    internal static void Write(string directory, ResponseStamp response, SobolResult result)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.WriteSet(directory, [(JsonFileName, s => WriteJson(s, response, result))]);
    }

    /// <summary>Writes the Morris screening of <paramref name="response"/>'s metric into <paramref name="directory"/>.</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">The scenario response analysed (metric, seed, replications).</param>
    /// <param name="result">The elementary-effect statistics.</param>
    public static void Write(string directory, ScenarioResponse response, MorrisResult result)
    {
        ArgumentNullException.ThrowIfNull(response);
        Write(directory, response.Stamp, result);
    }

    /// <summary>Writes a Morris screening into <paramref name="directory"/>, described by <paramref name="response"/> (e.g. that of joined shards).</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The elementary-effect statistics.</param>
    internal static void Write(string directory, ResponseStamp response, MorrisResult result)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        AtomicFile.WriteSet(directory, [(JsonFileName, s => WriteJson(s, response, result))]);
    }

    /// <summary>Writes the Sobol' analysis as JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="response">The scenario response analysed.</param>
    /// <param name="result">The indices.</param>
    internal static void WriteJson(Stream stream, ScenarioResponse response, SobolResult result)
    {
        ArgumentNullException.ThrowIfNull(response);
        WriteJson(stream, response.Stamp, result);
    }

    /// <summary>Writes a Sobol' analysis as JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The indices.</param>
    internal static void WriteJson(Stream stream, ResponseStamp response, SobolResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        DeterministicJson.Write(stream, json =>
        {
            WriteHeader(json, response, SobolSensitivity.MethodName);
            json.WriteString("sampling", SamplingName(result.Sampling));
            json.WriteNumber("samples", result.Samples);
            json.WriteNumber("evaluations", result.Evaluations);
            json.WriteNumber("bootstrap", result.BootstrapResamples);
            json.WriteString("estimators", "S1: Saltelli et al. (2010); ST: Jansen (1999); 95% percentile bootstrap intervals");
            DeterministicJson.Number(json, "output_mean", result.OutputMean);
            DeterministicJson.Number(json, "output_variance", result.OutputVariance);
            json.WriteStartObject("indices");
            for (int i = 0; i < result.Indices.Count; i++)
            {
                var index = result.Indices[i];
                json.WriteStartObject(index.Parameter);
                DeterministicJson.Number(json, "S1", index.S1);
                DeterministicJson.Number(json, "S1_ci95_low", index.S1Ci95Low);
                DeterministicJson.Number(json, "S1_ci95_high", index.S1Ci95High);
                DeterministicJson.Number(json, "ST", index.ST);
                DeterministicJson.Number(json, "ST_ci95_low", index.STCi95Low);
                DeterministicJson.Number(json, "ST_ci95_high", index.STCi95High);
                DeterministicJson.Number(json, "S1_se", index.S1Se);
                DeterministicJson.Number(json, "ST_se", index.STSe);
                WriteRange(json, result.Parameters[i]);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>Writes the Morris screening as JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="response">The scenario response analysed.</param>
    /// <param name="result">The elementary-effect statistics.</param>
    internal static void WriteJson(Stream stream, ScenarioResponse response, MorrisResult result)
    {
        ArgumentNullException.ThrowIfNull(response);
        WriteJson(stream, response.Stamp, result);
    }

    /// <summary>Writes a Morris screening as JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The elementary-effect statistics.</param>
    internal static void WriteJson(Stream stream, ResponseStamp response, MorrisResult result)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(result);
        DeterministicJson.Write(stream, json =>
        {
            WriteHeader(json, response, MorrisScreening.MethodName);
            json.WriteNumber("samples", result.Trajectories);
            json.WriteNumber("trajectories", result.Trajectories);
            json.WriteNumber("levels", result.Levels);
            json.WriteNumber("evaluations", result.Evaluations);
            json.WriteNumber("bootstrap", result.BootstrapResamples);
            json.WriteString("effects", "elementary effects per whole parameter range; mu_star: Campolongo et al. (2007); 95% percentile bootstrap over trajectories");
            json.WriteStartObject("indices");
            for (int i = 0; i < result.Effects.Count; i++)
            {
                var effect = result.Effects[i];
                json.WriteStartObject(effect.Parameter);
                DeterministicJson.Number(json, "mu_star", effect.MuStar);
                DeterministicJson.Number(json, "mu_star_ci95_low", effect.MuStarCi95Low);
                DeterministicJson.Number(json, "mu_star_ci95_high", effect.MuStarCi95High);
                DeterministicJson.Number(json, "mu", effect.Mu);
                DeterministicJson.Number(json, "sigma", effect.Sigma);
                WriteRange(json, result.Parameters[i]);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>The sampling's name in <c>sensitivity.json</c> and partial files: <c>sobol-sequence</c> or <c>latin-hypercube</c>.</summary>
    internal static string SamplingName(SensitivitySampling sampling) =>
        sampling == SensitivitySampling.SobolSequence ? "sobol-sequence" : "latin-hypercube";

    private static void WriteHeader(Utf8JsonWriter json, ResponseStamp response, string method)
    {
        json.WriteStartObject();
        json.WriteStartObject("scenario");
        json.WriteString("name", response.ScenarioName);
        json.WriteString("sha256", response.ScenarioSha256);
        json.WriteEndObject();
        json.WriteString("metric", response.Metric);
        json.WriteString("method", method);
        json.WriteNumber("replications", response.Replications);
        json.WriteNumber("seed", response.Seed);
        json.WriteString("version", response.Version);
    }

    private static void WriteRange(Utf8JsonWriter json, ParameterRange range)
    {
        DeterministicJson.Number(json, "low", range.Low);
        DeterministicJson.Number(json, "high", range.High);
    }
}
