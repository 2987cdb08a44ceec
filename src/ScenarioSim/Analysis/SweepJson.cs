namespace ScenarioSim.Analysis;

/// <summary>
/// Writes and reads <c>sweep.json</c> by its records (<see cref="SweepFileJson"/>): the design (name, points, seed,
/// replications, factor ranges), how correlated its factors are over the points, and each metric's first-order
/// metamodel with 95% intervals, R² and the factors ranked by the size of their effect. Deterministic bytes
/// (<see cref="IO.DeterministicJson"/>).
/// </summary>
internal static class SweepJson
{
    /// <summary>What the metamodel is, in the file.</summary>
    public const string Description =
        "first-order least squares of each metric's mean over the points on coded factors z = (2x - low - high) / (high - low) in [-1, 1]; " +
        "a coefficient is half the change across the factor's range; 95% intervals: student-t, points - factors - 1 degrees of freedom";

    /// <summary>Writes the analysis of <paramref name="sweep"/> to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, SweepResult sweep) => Write(stream, SweepAnalysis.Of(sweep));

    /// <summary>Writes <paramref name="analysis"/> to <paramref name="stream"/> (left open).</summary>
    public static void Write(Stream stream, SweepAnalysis analysis) =>
        IO.DeterministicJson.Serialize(stream, ToJson(analysis), SweepJsonContext.Default.SweepFileJson);

    /// <summary>Reads a <c>sweep.json</c> back; see <see cref="SweepOutput.ReadJson"/>.</summary>
    public static SweepAnalysis Read(Stream stream)
    {
        var file = IO.DeterministicJson.Deserialize(stream, SweepJsonContext.Default.SweepFileJson, SweepOutput.JsonFileName);
        return new SweepAnalysis(
            file.Design,
            file.Points,
            file.Seed,
            file.Replications,
            [.. file.Factors.Select(f => new ParameterRange(f.Key, f.Value.Low, f.Value.High))],
            file.DesignCorrelation.MaxAbs,
            file.DesignCorrelation.ConditionNumber,
            [.. file.Metrics.Select(m => ToMetamodel(m.Key, m.Value))]);
    }

    private static SweepFileJson ToJson(SweepAnalysis analysis)
    {
        var factors = new OrderedDictionary<string, SweepFactorJson>(StringComparer.Ordinal);
        foreach (var factor in analysis.Factors)
        {
            factors.Add(factor.Path, new SweepFactorJson(factor.Low, factor.High));
        }

        var metrics = new OrderedDictionary<string, SweepMetricJson>(StringComparer.Ordinal);
        foreach (var model in analysis.Metamodels)
        {
            metrics.Add(model.Metric, ToJson(model));
        }

        return new SweepFileJson(
            analysis.Design,
            analysis.Points,
            analysis.Seed,
            analysis.Replications,
            factors,
            new SweepCorrelationJson(analysis.MaxAbsCorrelation, analysis.ConditionNumber),
            Description,
            metrics);
    }

    /// <summary>A fit with its terms and ranking, or only the note saying why there is none.</summary>
    private static SweepMetricJson ToJson(MetricMetamodel model)
    {
        if (model.Note is { } note)
        {
            return new SweepMetricJson(model.Points, note);
        }

        var coefficients = new OrderedDictionary<string, MetamodelTermJson>(StringComparer.Ordinal);
        foreach (var term in model.Terms)
        {
            coefficients.Add(term.Factor, ToJson(term));
        }

        return new SweepMetricJson(model.Points, null, model.RSquared, ToJson(model.Intercept!), coefficients, [.. model.Ranked.Select(t => t.Factor)]);
    }

    private static MetamodelTermJson ToJson(MetamodelTerm term) => new(term.Estimate, term.Se, term.Ci95Low, term.Ci95High);

    private static MetricMetamodel ToMetamodel(string metric, SweepMetricJson model) =>
        new(
            metric,
            model.Points,
            model.Intercept is { } intercept ? ToTerm(SweepMetamodel.InterceptName, intercept) : null,
            [.. (model.Coefficients ?? []).Select(c => ToTerm(c.Key, c.Value))],
            model.RSquared ?? double.NaN,
            model.Note);

    private static MetamodelTerm ToTerm(string factor, MetamodelTermJson term) => new(factor, term.Estimate, term.Se, term.Ci95Low, term.Ci95High);
}
