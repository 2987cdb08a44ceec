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
    public static void Write(string directory, ScenarioResponse response, SobolResult result) =>
        Write(directory, StampOf(response), result);

    /// <summary>Writes the Morris screening of <paramref name="response"/>'s metric into <paramref name="directory"/>.</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">The scenario response analysed (metric, seed, replications).</param>
    /// <param name="result">The elementary-effect statistics.</param>
    public static void Write(string directory, ScenarioResponse response, MorrisResult result) =>
        Write(directory, StampOf(response), result);

    /// <summary>Writes a Sobol' analysis into <paramref name="directory"/>, described by <paramref name="response"/> (e.g. that of joined shards).</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The indices.</param>
    internal static void Write(string directory, ResponseStamp response, SobolResult result) =>
        WriteFile(directory, Sobol(response, result));

    /// <summary>Writes a Morris screening into <paramref name="directory"/>, described by <paramref name="response"/> (e.g. that of joined shards).</summary>
    /// <param name="directory">The output directory, created if missing.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The elementary-effect statistics.</param>
    internal static void Write(string directory, ResponseStamp response, MorrisResult result) =>
        WriteFile(directory, Morris(response, result));

    /// <summary>Writes a Sobol' analysis as JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The indices.</param>
    internal static void WriteJson(Stream stream, ResponseStamp response, SobolResult result) =>
        Serialize(stream, Sobol(response, result));

    /// <summary>Writes a Morris screening as JSON to <paramref name="stream"/> (left open).</summary>
    /// <param name="stream">Receives UTF-8 JSON.</param>
    /// <param name="response">What was analysed: scenario, metric, seed, replications and version.</param>
    /// <param name="result">The elementary-effect statistics.</param>
    internal static void WriteJson(Stream stream, ResponseStamp response, MorrisResult result) =>
        Serialize(stream, Morris(response, result));

    /// <summary>
    /// Reads a <c>sensitivity.json</c> back, by the records it was written with, into what was analysed and the
    /// Sobol' or Morris result. Values written as <c>null</c> come back as NaN; unknown fields are ignored.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="FormatException">The text is not JSON, lacks a field the writer always writes, or names an unknown method or sampling.</exception>
    public static SensitivityAnalysis ReadJson(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var file = DeterministicJson.Deserialize(stream, SensitivityJsonContext.Default.SensitivityFileJson, JsonFileName);
        var response = new ResponseStamp(file.Scenario.Name, file.Scenario.Sha256, file.Metric, file.Seed, file.Replications, file.Version);
        var parameters = file.Indices.Select(i => new ParameterRange(i.Key, i.Value.Low, i.Value.High)).ToList();
        return file.Method switch
        {
            SobolSensitivity.MethodName => new SensitivityAnalysis(response, file.Method)
            {
                Sobol = new SobolResult(
                    parameters,
                    [.. file.Indices.Select(i => new SobolIndex(
                        i.Key,
                        NaN(i.Value.S1), NaN(i.Value.S1Ci95Low), NaN(i.Value.S1Ci95High), NaN(i.Value.S1Se),
                        NaN(i.Value.ST), NaN(i.Value.STCi95Low), NaN(i.Value.STCi95High), NaN(i.Value.STSe)))],
                    file.Samples,
                    file.Evaluations,
                    ParseSampling(file.Sampling),
                    file.Bootstrap,
                    NaN(file.OutputMean),
                    NaN(file.OutputVariance)),
            },
            MorrisScreening.MethodName => new SensitivityAnalysis(response, file.Method)
            {
                Morris = new MorrisResult(
                    parameters,
                    [.. file.Indices.Select(i => new MorrisEffect(
                        i.Key, NaN(i.Value.MuStar), NaN(i.Value.MuStarCi95Low), NaN(i.Value.MuStarCi95High), NaN(i.Value.Mu), NaN(i.Value.Sigma)))],
                    file.Trajectories ?? file.Samples,
                    file.Levels ?? 0,
                    file.Evaluations,
                    file.Bootstrap),
            },
            _ => throw new FormatException($"{JsonFileName}: 'method' must be '{SobolSensitivity.MethodName}' or '{MorrisScreening.MethodName}', but was '{file.Method}'."),
        };
    }

    /// <summary>The sampling's name in <c>sensitivity.json</c> and partial files: <c>sobol-sequence</c> or <c>latin-hypercube</c>.</summary>
    internal static string SamplingName(SensitivitySampling sampling) =>
        sampling == SensitivitySampling.SobolSequence ? "sobol-sequence" : "latin-hypercube";

    private static SensitivitySampling ParseSampling(string? name) => name switch
    {
        "sobol-sequence" => SensitivitySampling.SobolSequence,
        "latin-hypercube" => SensitivitySampling.LatinHypercube,
        _ => throw new FormatException($"{JsonFileName}: 'sampling' must be 'sobol-sequence' or 'latin-hypercube', but was '{name}'."),
    };

    private static ResponseStamp StampOf(ScenarioResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Stamp;
    }

    private static void WriteFile(string directory, SensitivityFileJson file)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        AtomicFile.WriteSet(directory, [(JsonFileName, s => Serialize(s, file))]);
    }

    private static void Serialize(Stream stream, SensitivityFileJson file)
    {
        ArgumentNullException.ThrowIfNull(stream);
        DeterministicJson.Serialize(stream, file, SensitivityJsonContext.Default.SensitivityFileJson);
    }

    /// <summary>The file of a Sobol' analysis: the common fields, the sampling, the estimators and the output's moments.</summary>
    private static SensitivityFileJson Sobol(ResponseStamp response, SobolResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var indices = Keyed(result.Parameters, result.Indices, i => i.Parameter, (range, i) => new SensitivityIndexJson(
            i.S1, i.S1Ci95Low, i.S1Ci95High, i.ST, i.STCi95Low, i.STCi95High, i.S1Se, i.STSe, Low: range.Low, High: range.High));
        return File(response, SobolSensitivity.MethodName, result.Samples, result.Evaluations, result.BootstrapResamples, indices) with
        {
            Sampling = SamplingName(result.Sampling),
            Estimators = "S1: Saltelli et al. (2010); ST: Jansen (1999); 95% percentile bootstrap intervals",
            OutputMean = result.OutputMean,
            OutputVariance = result.OutputVariance,
        };
    }

    /// <summary>The file of a Morris screening: the common fields, the trajectories, the levels and how effects are measured.</summary>
    private static SensitivityFileJson Morris(ResponseStamp response, MorrisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var indices = Keyed(result.Parameters, result.Effects, e => e.Parameter, (range, e) => new SensitivityIndexJson(
            MuStar: e.MuStar, MuStarCi95Low: e.MuStarCi95Low, MuStarCi95High: e.MuStarCi95High, Mu: e.Mu, Sigma: e.Sigma, Low: range.Low, High: range.High));
        return File(response, MorrisScreening.MethodName, result.Trajectories, result.Evaluations, result.BootstrapResamples, indices) with
        {
            Trajectories = result.Trajectories,
            Levels = result.Levels,
            Effects = "elementary effects per whole parameter range; mu_star: Campolongo et al. (2007); 95% percentile bootstrap over trajectories",
        };
    }

    /// <summary>The fields both methods write: what was analysed, by which method, and the run's size.</summary>
    private static SensitivityFileJson File(
        ResponseStamp response, string method, int samples, int evaluations, int bootstrap, OrderedDictionary<string, SensitivityIndexJson> indices)
    {
        ArgumentNullException.ThrowIfNull(response);
        return new SensitivityFileJson
        {
            Scenario = new SensitivityScenarioJson(response.ScenarioName, response.ScenarioSha256),
            Metric = response.Metric,
            Method = method,
            Replications = response.Replications,
            Seed = response.Seed,
            Version = response.Version,
            Samples = samples,
            Evaluations = evaluations,
            Bootstrap = bootstrap,
            Indices = indices,
        };
    }

    /// <summary>Per parameter, keyed by its path in the order given, its entry made from its range and its result.</summary>
    private static OrderedDictionary<string, SensitivityIndexJson> Keyed<T>(
        IReadOnlyList<ParameterRange> parameters, IReadOnlyList<T> results, Func<T, string> path, Func<ParameterRange, T, SensitivityIndexJson> entry)
    {
        var keyed = new OrderedDictionary<string, SensitivityIndexJson>(StringComparer.Ordinal);
        for (int i = 0; i < results.Count; i++)
        {
            keyed.Add(path(results[i]), entry(parameters[i], results[i]));
        }

        return keyed;
    }

    /// <summary>A number the file lacks (the other method's, or an older file's) is NaN.</summary>
    private static double NaN(double? value) => value ?? double.NaN;
}
