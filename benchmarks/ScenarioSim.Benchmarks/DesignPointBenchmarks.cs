using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Benchmarks;

/// <summary>
/// What a sweep or sensitivity analysis spends on one design point before the engine runs: making the
/// point's scenario from three parameter values of the shipped baseline. The baseline (the way every
/// point was made before) reads, parses, binds and validates the scenario file with <c>path=value</c>
/// overrides; the in-memory way sets the values on the scenario loaded once and re-checks the changed
/// rules. <see cref="RunnerPrepare"/> is the runner's own fixed cost per run (full validation and
/// compilation), for scale.
/// </summary>
[MemoryDiagnoser]
public class DesignPointBenchmarks
{
    private static readonly ParameterRange[] Parameters =
    [
        new("militia.casualties.p_fatal", 0.003, 0.012),
        new("regions.anbar.militia.base_rate", 0.01, 0.03),
        new("militia.hawkes.alpha", 0.01, 0.03),
    ];

    private static readonly double[][] Values = [[0.004, 0.012, 0.015], [0.009, 0.025, 0.02]];

    private readonly ScenarioRunner _runner = new();
    private string _file = null!;
    private ScenarioPoints _points = null!;
    private Scenario _scenario = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _file = Path.Combine(Path.GetTempPath(), $"scenariosim-bench-{Environment.ProcessId}.yaml");
        using (var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("baseline.yaml")!)
        using (var file = File.Create(_file))
        {
            stream.CopyTo(file);
        }

        var template = ScenarioTemplate.FromFile(_file);
        _points = template.Points(Parameters);
        if (!_points.InMemory)
        {
            throw new InvalidOperationException("The benchmark's parameters should be set in memory.");
        }

        _scenario = _points.Instantiate(Values[0]);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    [Benchmark(Baseline = true)]
    public Scenario LoadWithOverrides()
    {
        var values = Values[_next++ & 1];
        var overrides = Parameters.Select((p, i) => p.Override(values[i])).ToArray();
        return ScenarioLoader.LoadFile(_file, overrides).GetValueOrThrow();
    }

    [Benchmark]
    public Scenario SetInMemory() => _points.Instantiate(Values[_next++ & 1]);

    [Benchmark]
    public int ValidateAll() => ScenarioValidator.Validate(_scenario).Count;

    [Benchmark]
    public int CompileOnly() => ScenarioCompiler.Compile(_scenario).Days;

    [Benchmark]
    public int RunnerPrepare() =>
        ScenarioRunner.Prepare(_scenario, new RunOptions { Replications = 500, Seed = 1 }).Compiled.Days;
}
