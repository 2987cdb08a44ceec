using System.Security.Cryptography;
using System.Text;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// Regression goldens for uncertain parameters: scenarios with a distribution on every family of
/// parameter paths (<see cref="ScenarioParameters"/>), run with a fixed seed, must give exactly the
/// bits they gave when each replication still recompiled its own scenario (commit "golden tests for
/// uncertain parameters", before the per-lane parameter slots). The expected values are SHA-256
/// digests of every replication's metrics and drawn parameters (as raw IEEE bits) and of the
/// serialised run result; they change only when the model changes on purpose (say so in the commit).
/// </summary>
public class UncertainGoldenTests
{
    /// <summary>Regions (militia and isis blocks), escalation (durations, multipliers, next weights), casualties and Hawkes; no slip or pause.</summary>
    private const string RegionsAndChain = """
        name: golden-regions
        start: 2025-01-01
        end: 2025-12-31
        regions:
          - id: baghdad
            militia: { base_rate: { dist: triangular, min: 0.2, mode: 0.3, max: 0.5 }, exposure_ref: { dist: uniform, min: 600, max: 1400 } }
            isis: { activity_share: { dist: uniform, min: 0.1, max: 0.4 }, governance_gap: 1.1 }
          - id: anbar
            militia: { base_rate: 0.25, exposure_elasticity: { dist: beta, alpha: 4, beta: 4, min: 0.3, max: 0.9 } }
            isis: { activity_share: 0.3, governance_gap: { dist: lognormal, mu: 0.1, sigma: 0.2 } }
          - id: erbil
            militia: { base_rate: 0.1 }
        forces:
          - contingent: us
            region: baghdad
            schedule: [{ date: 2025-01-01, troops: 1200 }, { date: 2025-08-31, troops: 300 }]
          - contingent: us
            region: anbar
            interpolation: step
            schedule: [{ date: 2025-01-01, troops: 900 }, { date: 2025-06-30, troops: 0 }]
          - contingent: us
            region: erbil
            schedule: [{ date: 2025-01-01, troops: 400 }]
        escalation:
          initial: tension
          states:
            calm: { mean_duration_days: { dist: uniform, min: 60, max: 200 }, next: { tension: 1 }, militia_multiplier: 0.2 }
            tension:
              mean_duration_days: 60
              next: { calm: { dist: uniform, min: 0.2, max: 0.8 }, conflict: { dist: triangular, min: 0.1, mode: 0.4, max: 0.9 } }
              militia_multiplier: { dist: lognormal, mu: 0, sigma: 0.3 }
            conflict: { mean_duration_days: 30, next: { tension: 1 }, militia_multiplier: 6 }
        militia:
          casualties: { p_fatal: { dist: beta, alpha: 2, beta: 40 }, extra_deaths_mean: { dist: uniform, min: 0.5, max: 2.5 } }
          hawkes: { alpha: { dist: uniform, min: 0.05, max: 0.12 }, decay_days: { dist: triangular, min: 2, mode: 4, max: 6 } }
        isis:
          initial_fighters: 3000
          recruitment_rate: 0.002
        correlations:
          - { between: [regions.baghdad.militia.base_rate, militia.casualties.p_fatal], rank: 0.5 }
          - { between: [militia.hawkes.alpha, regions.baghdad.militia.base_rate], rank: -0.3 }
        """;

    /// <summary>Every ISIS global (whole-number ones included) and schedule troops, with a slip.</summary>
    private const string IsisAndForces = """
        name: golden-isis
        start: 2025-01-01
        end: 2026-06-30
        regions:
          - id: baghdad
            militia: { base_rate: 0.3 }
            isis: { activity_share: 0.3 }
          - id: anbar
            militia: { base_rate: 0.4, exposure_elasticity: 0.8 }
            isis: { activity_share: 0.4, governance_gap: 1.5 }
          - id: syria
            isis: { activity_share: 0.3, governance_gap: 1.8 }
        forces:
          - contingent: us
            region: baghdad
            schedule: [{ date: 2025-01-01, troops: 1200 }, { date: 2025-09-30, troops: { dist: uniform, min: 0, max: 600 } }]
            slip_days: { dist: triangular, min: 0, mode: 30, max: 120 }
          - contingent: us
            region: anbar
            interpolation: step
            schedule: [{ date: 2025-01-01, troops: { dist: triangular, min: 600, mode: 900, max: 1500 } }, { date: 2025-06-30, troops: 300 }]
        militia:
          casualties: { p_fatal: 0.05, extra_deaths_mean: 1.5 }
        isis:
          initial_fighters: { dist: uniform, min: 2000, max: 5000 }
          carrying_capacity: { dist: uniform, min: 10000, max: 20000 }
          recruitment_rate: { dist: lognormal, mu: -6.2, sigma: 0.3 }
          attrition_base: { dist: uniform, min: 0.0005, max: 0.002 }
          attrition_ct: { dist: uniform, min: 0.001, max: 0.004 }
          isf_capacity: { start: { dist: uniform, min: 0.3, max: 0.6 }, max: { dist: uniform, min: 0.7, max: 0.95 }, growth_per_year: { dist: uniform, min: 0.05, max: 0.5 } }
          coalition_enabler: { weight: { dist: uniform, min: 0.2, max: 0.8 }, troops_ref: { dist: uniform, min: 1000, max: 3000 } }
          resurgence_threshold: { dist: uniform, min: 3500, max: 6500 }
          attacks_per_1000_fighters_per_day: { dist: triangular, min: 0.5, mode: 1, max: 2 }
        correlations:
          - { between: [isis.recruitment_rate, isis.carrying_capacity], rank: 0.6 }
        """;

    /// <summary>Events (probability, multiply, add, duration_days) and the pause policy's threshold and days.</summary>
    private const string EventsAndPause = """
        name: golden-events
        start: 2025-01-01
        end: 2026-03-31
        regions:
          - id: baghdad
            militia: { base_rate: 0.3 }
            isis: { activity_share: 0.3 }
          - id: anbar
            militia: { base_rate: 0.5 }
            isis: { activity_share: 0.4 }
        forces:
          - contingent: us
            region: baghdad
            schedule: [{ date: 2025-01-01, troops: 1200 }, { date: 2025-12-31, troops: 0 }]
          - contingent: us
            region: anbar
            schedule: [{ date: 2025-01-01, troops: 900 }, { date: 2025-10-31, troops: 0 }]
        escalation:
          initial: tension
          states:
            tension: { mean_duration_days: 60, next: { conflict: 1 } }
            conflict: { mean_duration_days: 30, next: { tension: 1 }, militia_multiplier: 5 }
        militia:
          casualties: { p_fatal: 0.05, extra_deaths_mean: 1 }
          hawkes: { alpha: 0.1, decay_days: 4 }
        isis:
          initial_fighters: 3000
          recruitment_rate: 0.002
        events:
          - name: surge
            window: { from: 2025-03-01, to: 2025-12-31 }
            probability: { dist: uniform, min: 0.3, max: 0.9 }
            effects:
              - { target: militia.base_rate, multiply: { dist: uniform, min: 1.5, max: 4 }, duration_days: { dist: uniform, min: 20, max: 90 } }
              - { target: isis.fighters, add: { dist: uniform, min: 200, max: 1200 } }
              - { target: escalation, set_state: conflict }
          - name: spillover
            date: 2025-06-01
            probability: 0.5
            effects:
              - { target: isis.recruitment, multiply: { dist: triangular, min: 1, mode: 1.5, max: 3 }, duration_days: 120 }
              - { target: isis.inflow, add: { dist: uniform, min: 0.5, max: 4 }, duration_days: { dist: uniform, min: 30, max: 200 } }
              - { target: militia.base_rate, region: anbar, multiply: 2, duration_days: 45 }
        policies:
          pause_drawdown: { when_militia_attacks_30d_above: { dist: uniform, min: 20, max: 60 }, pause_days: { dist: uniform, min: 15, max: 90 } }
        correlations:
          - { between: [events.surge.probability, policies.pause_drawdown.pause_days], rank: 0.4 }
        """;

    /// <summary>Two uncertain militia parameters on an otherwise fixed scenario (troops the same in every replication).</summary>
    private const string TwoUncertain = """
        name: golden-two
        start: 2025-01-01
        end: 2026-12-31
        regions:
          - id: baghdad
            militia: { base_rate: { dist: uniform, min: 0.2, max: 0.6 } }
          - id: anbar
            militia: { base_rate: 0.4 }
        forces:
          - contingent: us
            region: baghdad
            schedule: [{ date: 2025-01-01, troops: 1200 }, { date: 2026-06-30, troops: 200 }]
          - contingent: us
            region: anbar
            schedule: [{ date: 2025-01-01, troops: 800 }]
        militia:
          casualties: { p_fatal: { dist: beta, alpha: 3, beta: 60 }, extra_deaths_mean: 1 }
        """;

    private static readonly object[] Cases =
    [
        new object[] { "regions-and-chain", RegionsAndChain, 11UL, "DC7CD55A130F7943DBAC339FC97A958EBADEAB38A82F37D326BD0D5C8136E027" },
        new object[] { "isis-and-forces", IsisAndForces, 12UL, "2F41B375414344AA32424440304DC78A074A4DADE23E18AF349AD4257382D013" },
        new object[] { "events-and-pause", EventsAndPause, 13UL, "16D3C450AD95DA8E57D6ADBA15B60F931BD3B0EEEA3311787D4729B5147C8997" },
        new object[] { "two-uncertain", TwoUncertain, 14UL, "BC7D6026A19144C0A0ECC5924D6C41110B599FD00700C75378CD8D5047A4654D" },
    ];

    private readonly ScenarioRunner _runner = new();

    [TestCaseSource(nameof(Cases))]
    public void Run_UncertainParameters_SameBitsAsBefore(string name, string yaml, ulong seed, string expected)
    {
        var scenario = ScenarioLoader.LoadString(yaml, name + ".yaml").GetValueOrThrow();
        Assert.That(scenario.Uncertainties, Is.Not.Empty);
        var options = new RunOptions { Replications = 301, Seed = seed };

        var metrics = _runner.RunReplicationMetrics(scenario, options);
        var result = _runner.Run(scenario, options);

        Assert.That(Digest(metrics, result), Is.EqualTo(expected), name);
    }

    /// <summary>SHA-256 of every metric and drawn parameter of every replication (raw bits, in a fixed order) and of the serialised result.</summary>
    private static string Digest(ReplicationMetrics metrics, SimulationResult result)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var bits = new byte[sizeof(long)];
        void Add(string label, IReadOnlyList<double> values)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(label));
            foreach (double value in values)
            {
                BitConverter.TryWriteBytes(bits, BitConverter.DoubleToInt64Bits(value));
                hash.AppendData(bits);
            }
        }

        foreach (string metric in MetricNames.All)
        {
            Add(metric, metrics[metric]);
        }

        foreach (string path in metrics.ParameterPaths.Order(StringComparer.Ordinal))
        {
            Add(path, metrics.Parameter(path));
        }

        hash.AppendData(Encoding.UTF8.GetBytes(ResultComparison.Canonical(result)));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
