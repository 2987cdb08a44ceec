using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.ScaleOut;

/// <summary>
/// Small sweeps and sensitivity designs of the constant-exposure scenario (90 days, few replications), their
/// shards and files, for the tests of sharded analyses. Each point runs in about a millisecond.
/// </summary>
internal static class AnalysisShards
{
    public const int Replications = 10;
    public const ulong Seed = 3;

    public static ScenarioTemplate Template { get; } = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");

    /// <summary>Seven grid points over the anbar rate.</summary>
    public static ParameterRange[] SweepParameters { get; } = [new("regions.anbar.militia.base_rate", 0.5, 1.0, 7)];

    public static IReadOnlyList<double[]> SweepPoints { get; } = ParameterSweep.Grid(SweepParameters);

    /// <summary>One parameter of the militia process and one of ISIS (whose indices are exactly zero).</summary>
    public static ParameterRange[] SensitivityParameters { get; } =
        [new("regions.anbar.militia.base_rate", 0.2, 0.8), new("militia.casualties.p_fatal", 0.01, 0.2)];

    public static RunOptions Options(ulong seed = Seed, int replications = Replications) =>
        new() { Replications = replications, Seed = seed, MaxDegreeOfParallelism = 1 };

    public static SweepResult Sweep() => ParameterSweep.Run(Template, SweepParameters, SweepPoints, ParameterSweep.GridDesign, Options());

    public static SweepPartial SweepShard(int k, int n, ulong seed = Seed, int replications = Replications, ScenarioTemplate? template = null) =>
        ParameterSweep.RunShard(template ?? Template, SweepParameters, SweepPoints, ParameterSweep.GridDesign, new ShardSpec(k, n), Options(seed, replications));

    public static List<SweepPartial> SweepShards(int n) => ShardSpec.All(n).Select(s => SweepShard(s.Index, n)).ToList();

    public static ScenarioResponse Response(string metric = MetricNames.MilitiaAttacksTotal) =>
        new(Template, SensitivityParameters, metric, Options());

    public static SobolOptions Sobol(int samples = 4) => new() { Samples = samples, BootstrapResamples = 20, Seed = Seed, MaxDegreeOfParallelism = 1 };

    public static MorrisOptions Morris() => new() { Trajectories = 3, BootstrapResamples = 20, Seed = Seed, MaxDegreeOfParallelism = 1 };

    /// <summary>The analysis's JSON, as <c>sensitivity.json</c> holds it.</summary>
    public static byte[] Json(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    public static byte[] Bytes(AnalysisPartial partial) => Json(partial.WriteTo);

    public static byte[] Csv(SweepResult sweep) => Json(s => SweepOutput.WriteCsv(s, sweep));

    /// <summary>The sweep partial as read back from its bytes, named <paramref name="source"/> in messages.</summary>
    public static SweepPartial Named(SweepPartial partial, string source)
    {
        using var stream = new MemoryStream(Bytes(partial), writable: false);
        return SweepPartial.ReadFrom(stream, source);
    }

    /// <summary>The sensitivity partial as read back from its bytes, named <paramref name="source"/> in messages.</summary>
    public static SensitivityPartial Named(SensitivityPartial partial, string source)
    {
        using var stream = new MemoryStream(Bytes(partial), writable: false);
        return SensitivityPartial.ReadFrom(stream, source);
    }

    /// <summary>The same partial stamped as written by another library version.</summary>
    public static SweepPartial WithVersion(SweepPartial partial, string version) =>
        new(partial.Stamp with { Version = version }, partial.Design, partial.Points);
}
