using MathNet.Numerics.Statistics;
using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Analysis;

public sealed class UncertaintyAttributionTests
{
    private const int Replications = 1001;

    /// <summary>
    /// Each series is ranked once and the ranks shared between metrics; ρ must still be exactly what
    /// MathNet's <see cref="Correlation.Spearman"/> gives for the pair (replications without a value of
    /// the metric left out), to the bit: ties in parameters and metrics, a metric missing in some
    /// replications, a parameter that never varies (ρ undefined, reported as 0).
    /// </summary>
    [Test]
    public void Compute_SharedRanks_SameRhoAsSpearmanPairByPair()
    {
        var metrics = Metrics(seed: 11);
        string[] names = [MetricNames.MilitiaAttacksTotal, MetricNames.DaysToResurgence, MetricNames.IsisFightersEnd];

        var attribution = UncertaintyAttribution.Compute(metrics, names);

        Assert.That(attribution.Select(a => a.Metric), Is.EqualTo(names));
        foreach (var metric in attribution)
        {
            var outcome = metrics[metric.Metric];
            foreach (var row in metric.Parameters)
            {
                var pairs = metrics.Parameter(row.Path).Zip(outcome).Where(p => !double.IsNaN(p.Second)).ToArray();
                double rho = Correlation.Spearman(pairs.Select(p => p.First), pairs.Select(p => p.Second));
                double expected = double.IsNaN(rho) ? 0 : rho;
                Assert.That(
                    BitConverter.DoubleToInt64Bits(row.RankCorrelation), Is.EqualTo(BitConverter.DoubleToInt64Bits(expected)),
                    $"{metric.Metric} ~ {row.Path}: {row.RankCorrelation:R} against Spearman's {expected:R}");
            }

            Assert.That(
                metric.Parameters, Is.EqualTo(UncertaintyAttribution.Compute(metrics, metric.Metric)),
                "one metric alone gives what it gives among others");
        }

        var attacks = attribution[0].Parameters;
        Assert.That(attacks[0].Path, Is.EqualTo("a.rate"), "attacks follow the rate most closely");
        Assert.That(attacks.Single(r => r.Path == "c.fixed").RankCorrelation, Is.Zero);
        Assert.That(attacks.Sum(r => r.ContributionToVariance), Is.EqualTo(1).Within(1e-12));
    }

    /// <summary>Three parameters (one rounded, so with ties; one that never varies) and three metrics, one with NaNs.</summary>
    private static ReplicationMetrics Metrics(int seed)
    {
        var random = new Random(seed);
        double[] rate = Draw(() => Math.Round(random.NextDouble() * 20) / 20);
        double[] recruitment = Draw(random.NextDouble);
        double[] fixedValue = Draw(() => 0.5);
        double[] attacks = Draw(i => Math.Floor((40 * rate[i]) + (10 * random.NextDouble())));
        double[] days = Draw(i => random.NextDouble() < 0.3 ? double.NaN : Math.Floor(900 * recruitment[i]) + random.Next(50));
        double[] fighters = Draw(i => Math.Round(1000 + (500 * recruitment[i]) - (200 * rate[i]) + (100 * random.NextDouble())));
        var values = new Dictionary<string, double[]>
        {
            [MetricNames.MilitiaAttacksTotal] = attacks,
            [MetricNames.DaysToResurgence] = days,
            [MetricNames.IsisFightersEnd] = fighters,
        };
        var parameters = new Dictionary<string, double[]> { ["a.rate"] = rate, ["b.recruitment"] = recruitment, ["c.fixed"] = fixedValue };
        return new ReplicationMetrics(0, values, parameters);
    }

    private static double[] Draw(Func<double> value) => Draw(_ => value());

    private static double[] Draw(Func<int, double> value) => Enumerable.Range(0, Replications).Select(value).ToArray();
}
