using System.Globalization;
using ScenarioSim.Engine;

namespace ScenarioSim.Analysis;

/// <summary>
/// A scenario seen as a function of some of its parameters: the model that <see cref="SobolSensitivity"/>
/// and <see cref="MorrisScreening"/> evaluate. At a point, the scenario is loaded with the parameters set
/// by override and run with the same seed and replications as at every other point (common random
/// numbers), and the output is one metric's mean over the replications (for a 0/1 metric, its probability).
/// Points are made in memory from the scenario loaded once (see <see cref="ScenarioTemplate"/>).
/// </summary>
/// <remarks>Thread-safe: points may be evaluated concurrently. Each evaluation runs on one thread; analyses run points side by side.</remarks>
public sealed class ScenarioResponse
{
    private readonly ScenarioRunner _runner = new();
    private readonly ScenarioPoints _points;

    /// <summary>Creates the response, resolving seed and replications once (see <see cref="ParameterSweep.ResolveOptions"/>).</summary>
    /// <param name="template">The scenario.</param>
    /// <param name="parameters">The parameters, in the order of each point's values.</param>
    /// <param name="metric">The metric whose mean is the output.</param>
    /// <param name="options">Replications and seed; threads are ignored (one per evaluation).</param>
    /// <exception cref="Diagnostics.InvalidInputException">The template's scenario is invalid.</exception>
    public ScenarioResponse(ScenarioTemplate template, IReadOnlyList<ParameterRange> parameters, string metric, RunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(metric);
        Template = template;
        Parameters = parameters;
        Metric = metric;
        Options = ParameterSweep.ResolveOptions(template, options) with { MaxDegreeOfParallelism = 1 };
        var baseScenario = template.Load().GetValueOrThrow();
        ScenarioName = baseScenario.Name;
        ScenarioSha256 = ScenarioFingerprint.Sha256(baseScenario);
        _points = template.Points(parameters);
    }

    /// <summary>The scenario's name.</summary>
    public string ScenarioName { get; }

    /// <summary>The fingerprint of the scenario with the template's overrides but none of the parameters'.</summary>
    public string ScenarioSha256 { get; }

    /// <summary>The scenario.</summary>
    public ScenarioTemplate Template { get; }

    /// <summary>The parameters.</summary>
    public IReadOnlyList<ParameterRange> Parameters { get; }

    /// <summary>The metric.</summary>
    public string Metric { get; }

    /// <summary>The options of every run: the resolved seed and replications, one thread.</summary>
    public RunOptions Options { get; }

    /// <summary>The seed every point runs with.</summary>
    public ulong Seed => Options.Seed!.Value;

    /// <summary>Replications per point.</summary>
    public int Replications => Options.Replications!.Value;

    /// <summary>What <c>sensitivity.json</c> records of the response: scenario, metric, seed, replications and this library's version.</summary>
    internal ResponseStamp Stamp => new(ScenarioName, ScenarioSha256, Metric, Seed, Replications, LibraryVersion.Current);

    /// <summary>Runs the scenario at <paramref name="values"/> and returns the metric's mean.</summary>
    /// <param name="values">One value per parameter.</param>
    /// <returns>The metric's mean over the replications.</returns>
    /// <exception cref="Diagnostics.InvalidInputException">The scenario is invalid at that point.</exception>
    /// <exception cref="InvalidOperationException">The metric has no value at that point (<c>days_to_resurgence</c> without any resurgence).</exception>
    public double Evaluate(IReadOnlyList<double> values)
    {
        var result = _runner.RunValidated(_points.Instantiate(values), Options, null, CancellationToken.None, monthlySeries: false);
        double mean = result.Metric(Metric).Statistics.Mean;
        if (double.IsNaN(mean))
        {
            string point = string.Join(", ", Parameters.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{p.Path}={values[i]}")));
            throw new InvalidOperationException($"{Metric} has no value at {point}: no replication had one. Choose another metric (e.g. resurgence).");
        }

        return mean;
    }
}
