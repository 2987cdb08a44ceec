using System.Reflection;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Benchmarks;

/// <summary>The scenarios benchmarks run: the shipped baseline, embedded so the benchmark process needs no files.</summary>
public static class BenchmarkScenarios
{
    /// <summary>Days in the baseline (2024-09-01 to 2027-12-31).</summary>
    public const int BaselineDays = 1217;

    /// <summary>Regions in the baseline.</summary>
    public const int BaselineRegions = 5;

    /// <summary>
    /// The scenario <c>--loop</c> and <c>--whole</c> run: baseline, delayed, uncertain or uncertain-troops,
    /// or the path of a scenario file (a name ending in <c>.yaml</c> or <c>.yml</c>).
    /// </summary>
    public static Scenario Named(string name) => name switch
    {
        "baseline" => Baseline(),
        "delayed" => Delayed(),
        "uncertain" => Uncertain(),
        "uncertain-troops" => UncertainTroops(),
        _ when name.EndsWith(".yaml", StringComparison.Ordinal) || name.EndsWith(".yml", StringComparison.Ordinal) =>
            ScenarioLoader.LoadFile(name).GetValueOrThrow(),
        _ => throw new ArgumentException($"unknown benchmark scenario '{name}': baseline, delayed, uncertain, uncertain-troops or a scenario file (.yaml)"),
    };

    /// <summary>
    /// The shipped baseline: 5 regions, 3.3 years, escalation chain, Hawkes excitation, ISIS pool and an
    /// event; the realistic case the targets are stated for.
    /// </summary>
    public static Scenario Baseline()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("baseline.yaml")
            ?? throw new InvalidOperationException("baseline.yaml is not embedded in the benchmark assembly.");
        using var reader = new StreamReader(stream);
        return ScenarioLoader.LoadString(reader.ReadToEnd(), "baseline.yaml").GetValueOrThrow();
    }

    /// <summary>The baseline cut to its first <paramref name="days"/> days.</summary>
    public static Scenario Baseline(int days)
    {
        var baseline = Baseline();
        return baseline with { End = baseline.Start.AddDays(days - 1) };
    }

    /// <summary>The baseline with every force slipping (triangular 0/60/240 days) and the pause policy: troops differ per replication.</summary>
    public static Scenario Delayed()
    {
        var baseline = Baseline();
        return baseline with
        {
            Forces = baseline.Forces.Select(f => f with { SlipDays = Distribution.Triangular(0, 60, 240) }).ToArray(),
            Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 20, PauseDays = 90 } },
        };
    }

    /// <summary>
    /// The baseline with two uncertain parameters, Anbar's militia base rate (triangular around its
    /// value) and p_fatal (beta with mean 0.006), drawn per replication: the cost of uncertainty.
    /// </summary>
    public static Scenario Uncertain()
    {
        var baseline = Baseline();
        return baseline with
        {
            Uncertainties =
            [
                new UncertainParameter("regions[1].militia.base_rate", Distribution.Triangular(0.01, 0.0144, 0.03)),
                new UncertainParameter("militia.casualties.p_fatal", Distribution.Beta(2, 331)),
            ],
        };
    }

    /// <summary>
    /// The baseline with two uncertain parameters, the Erbil advisers who stay (uniform 250–350) and
    /// p_fatal as in <see cref="Uncertain"/>: troops then differ per replication, so each lane reads its
    /// own schedules every day instead of the tables compiled once.
    /// </summary>
    public static Scenario UncertainTroops()
    {
        var baseline = Baseline();
        return baseline with
        {
            Uncertainties =
            [
                new UncertainParameter("forces[2].schedule[3].troops", Distribution.Uniform(250, 350)),
                new UncertainParameter("militia.casualties.p_fatal", Distribution.Beta(2, 331)),
            ],
        };
    }
}
