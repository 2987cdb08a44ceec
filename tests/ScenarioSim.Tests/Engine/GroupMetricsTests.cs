using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Tests.Engine;

/// <summary>
/// Per-group and per-region metrics against the theatre-wide totals: where groups (or the regions
/// themselves) partition the regions, counts add up replication by replication, so means add up too.
/// </summary>
public class GroupMetricsTests
{
    private static readonly string[] Additive =
    [
        MetricNames.MilitiaAttacksTotal, MetricNames.MilitiaFatalitiesTotal, MetricNames.IsisAttacksTotal, MetricNames.TroopsEnd,
    ];

    private readonly ScenarioRunner _runner = new();

    /// <summary>The mixed scenario with a partition (iraq, syria) and an overlapping group (west).</summary>
    internal static Scenario Grouped(int days = 400) => TestScenarios.Mixed(days) with
    {
        Groups =
        [
            new RegionGroup("iraq", ["baghdad", "anbar", "erbil"]),
            new RegionGroup("syria", ["syria"]),
            new RegionGroup("west", ["anbar"]),
        ],
    };

    [Test]
    public void Run_GroupsPartitionRegions_EachReplicationsGroupsSumToItsTotals()
    {
        var scenario = Grouped();
        for (int i = 0; i < 24; i++)
        {
            // A one-replication partial holds that replication's values as its means.
            var result = _runner.RunPartial(scenario, new ReplicationRange(i, 1), new RunOptions { Seed = 5 }).ToResult();
            var iraq = result.ByGroup.Single(g => g.Name == "iraq");
            var syria = result.ByGroup.Single(g => g.Name == "syria");
            foreach (string metric in Additive)
            {
                double total = result.Metric(metric).Statistics.Mean;
                Assert.That(Value(iraq, metric) + Value(syria, metric), Is.EqualTo(total), $"replication {i}, {metric}");
                Assert.That(result.ByRegion.Sum(r => Value(r, metric)), Is.EqualTo(total), $"replication {i}, {metric} by region");
            }

            double anyFatality = result.Metric(MetricNames.AnyFatality).Statistics.Mean;
            Assert.That(Math.Max(Value(iraq, MetricNames.AnyFatality), Value(syria, MetricNames.AnyFatality)), Is.EqualTo(anyFatality));

            double peak = result.Metric(MetricNames.PeakMonthlyMilitiaAttacks).Statistics.Mean;
            double peakIraq = Value(iraq, MetricNames.PeakMonthlyMilitiaAttacks);
            double peakSyria = Value(syria, MetricNames.PeakMonthlyMilitiaAttacks);
            Assert.That(peak, Is.InRange(Math.Max(peakIraq, peakSyria), peakIraq + peakSyria), $"replication {i}");

            var west = result.ByGroup.Single(g => g.Name == "west");
            var anbar = result.ByRegion.Single(r => r.Name == "anbar");
            Assert.That(west.Metrics, Is.EqualTo(anbar.Metrics), "a one-region group is that region");
        }
    }

    [Test]
    public void Run_GroupsPartitionRegions_MeansSumToTotalMeans()
    {
        var result = _runner.Run(Grouped(), new RunOptions { Replications = 300, Seed = 8 });

        foreach (string metric in Additive)
        {
            double total = result.Metric(metric).Statistics.Mean;
            double groups = result.ByGroup.Where(g => g.Name != "west").Sum(g => Value(g, metric));
            Assert.That(groups, Is.EqualTo(total).Within(1e-12 * Math.Max(1, Math.Abs(total))), metric);
            Assert.That(result.ByRegion.Sum(r => Value(r, metric)), Is.EqualTo(total).Within(1e-12 * Math.Max(1, Math.Abs(total))), metric);
        }
    }

    [Test]
    public void Run_Breakdowns_HaveTheTotalsStatistics()
    {
        var result = _runner.Run(Grouped(), new RunOptions { Replications = 100, Seed = 3 });

        Assert.That(result.ByRegion.Select(r => r.Name), Is.EqualTo(new[] { "baghdad", "anbar", "erbil", "syria" }));
        Assert.That(result.ByGroup.Select(g => g.Name), Is.EqualTo(new[] { "iraq", "syria", "west" }));
        foreach (var breakdown in result.ByRegion.Concat(result.ByGroup))
        {
            Assert.That(breakdown.Metrics.Select(m => m.Name), Is.EqualTo(MetricNames.Breakdown));
            Assert.That(breakdown.Metric(MetricNames.AnyFatality).Probability, Is.Not.Null);
            Assert.That(breakdown.Metric(MetricNames.MilitiaAttacksTotal).Histogram, Is.Not.Empty);
            Assert.That(breakdown.Metrics.Select(m => m.Statistics.Count), Has.All.EqualTo(100));
        }
    }

    [Test]
    public void Run_GroupSeries_SumToTheTotalSeries()
    {
        var result = _runner.Run(Grouped(), new RunOptions { Replications = 200, Seed = 4 });

        foreach (var total in result.Series.Where(p => p.Series == SeriesNames.MilitiaAttacks && p.Region == SeriesNames.AllRegions))
        {
            double groups = result.GroupSeries
                .Where(p => p.Series == SeriesNames.MilitiaAttacks && p.Month == total.Month && p.Region is "iraq" or "syria")
                .Sum(p => p.Statistics.Mean);
            Assert.That(groups, Is.EqualTo(total.Statistics.Mean).Within(1e-9), total.Month);
        }

        Assert.That(
            result.GroupSeries.Select(p => p.Series).Distinct(),
            Is.EqualTo(new[] { SeriesNames.Troops, SeriesNames.MilitiaAttacks, SeriesNames.IsisAttacks, SeriesNames.MilitiaFatalities, SeriesNames.AnyFatalityToDate }));
    }

    [Test]
    public void Run_AnyFatalityToDate_RisesToAnyFatalityAndMatchesFirstDeathDays()
    {
        var scenario = Grouped(120) with
        {
            Report = new ReportSettings { Thresholds = [new MetricThreshold(MetricNames.DaysToFirstFatality, 31)] },
        };

        var result = _runner.Run(scenario, new RunOptions { Replications = 400, Seed = 9 });

        var curve = result.Series.Where(p => p.Series == SeriesNames.AnyFatalityToDate).Select(p => p.Statistics.Mean).ToList();
        Assert.That(curve, Is.Ordered.Ascending);
        Assert.That(curve[^1], Is.EqualTo(result.Metric(MetricNames.AnyFatality).Probability!.Probability));

        // January has 31 days: a death by its end is a first death on day 0 … 30, the complement of P(T >= 31).
        Assert.That(curve[0], Is.EqualTo(1 - result.Exceedances[0].Probability.Probability).Within(1e-12));
        var iraq = result.GroupSeries.Where(p => p.Series == SeriesNames.AnyFatalityToDate && p.Region == "iraq").Select(p => p.Statistics.Mean);
        Assert.That(iraq.Last(), Is.EqualTo(result.ByGroup[0].Metric(MetricNames.AnyFatality).Probability!.Probability));
    }

    [Test]
    public void Run_NoGroups_NoGroupOutputsButEveryRegion()
    {
        var result = _runner.Run(TestScenarios.Mixed(100), new RunOptions { Replications = 20, Seed = 1 });

        Assert.That(result.ByGroup, Is.Empty);
        Assert.That(result.GroupSeries, Is.Empty);
        Assert.That(result.ByRegion, Has.Count.EqualTo(4));
    }

    [Test]
    public void Fingerprint_NoGroupsAndNoPolicyGroup_CanonicalFormLeavesThemOut()
    {
        var scenario = TestScenarios.Mixed(100) with
        {
            Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 5, PauseDays = 10 } },
        };

        string canonical = System.Text.Encoding.UTF8.GetString(ScenarioFingerprint.CanonicalJson(scenario));
        string grouped = System.Text.Encoding.UTF8.GetString(ScenarioFingerprint.CanonicalJson(scenario with
        {
            Groups = [new RegionGroup("iraq", ["anbar"])],
            Policies = new ScenarioPolicies { PauseDrawdown = new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 5, PauseDays = 10, Group = "iraq" } },
        }));

        Assert.That(canonical, Does.Not.Contain("\"Groups\"").And.Not.Contain("\"Group\""));
        Assert.That(grouped, Does.Contain("\"Groups\":[{\"Name\":\"iraq\",\"Regions\":[\"anbar\"]}]").And.Contain("\"Group\":\"iraq\""));
    }

    private static double Value(MetricBreakdown breakdown, string metric) => breakdown.Metric(metric).Statistics.Mean;
}
