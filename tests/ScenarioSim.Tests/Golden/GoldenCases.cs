using static ScenarioSim.Tests.Golden.GoldenPaths;

namespace ScenarioSim.Tests.Golden;

/// <summary>
/// Every verb on the shipped scenarios it applies to, with replication counts small enough that the whole
/// set runs in well under a minute in Debug. <c>run</c>, <c>validate</c> and <c>trace</c> apply to every
/// scenario; the analysis verbs' variants (grid, Latin hypercube, NOLH, Sobol', Morris, sharded) are spread
/// over the scenarios so that each code path runs once; <c>calibrate</c>, <c>backtest</c> and
/// <c>forecast</c> apply to the two calibration scenarios, the only ones the shipped data overlap.
/// Negative binomial calibration is left out: it takes about a minute in Debug on its own.
/// </summary>
internal static class GoldenCases
{
    private const string Data = Shipped + "/militia-2023-2024.csv";
    private const string Fitted = Shipped + "/fitted-militia.yaml";
    private const string FittedUncertain = Shipped + "/fitted-militia-uncertain.yaml";
    private const string AnbarRate = "regions.anbar.militia.base_rate";
    private const string RecruitmentRate = "isis.recruitment_rate";

    private static readonly (string Name, string By)[] ShippedScenarios =
    [
        ("baseline", "group"),
        ("full-exit-2025", "group"),
        ("delayed-drawdown", "group"),
        ("militia-escalation", "group"),
        ("syria-spillover", "region"),
        ("calibration-2023", "group"),
        ("calibration-2023-stop", "region"),
    ];

    /// <summary>Every case, in a fixed order.</summary>
    public static IEnumerable<GoldenCase> All()
    {
        foreach (var (name, by) in ShippedScenarios)
        {
            yield return new GoldenCase($"scenario-{name}",
            [
                ["validate", Scenario(name)],
                ["run", Scenario(name), "-n", "100", "--by", by, "--out", Out + "/run", "--report", Out + "/report.html"],
                ["trace", Scenario(name), "--replication", "3", "--out", Out + "/trace.csv"],
            ]);
        }

        yield return new GoldenCase("run-overrides-uncertain",
        [
            ["validate", Scenario("baseline"), "--set-file", FittedUncertain, "--set", "militia.hawkes.alpha=0"],
            ["run", Scenario("baseline"), "--set-file", FittedUncertain, "--set", "militia.hawkes.alpha=0", "-n", "100", "--seed", "7", "--out", Out + "/run"],
            ["report", Out + "/run"],
        ]);
        yield return new GoldenCase("run-target-se",
        [
            ["run", Scenario("militia-escalation"), "--target-se", "militia_attacks_total=40", "-n", "50", "--max-replications", "300", "--out", Out + "/run"],
        ]);
        yield return new GoldenCase("run-shards-merge",
        [
            ["run", Scenario("full-exit-2025"), "-n", "60", "--shard", "1/3", "--out", Out + "/shards"],
            ["run", Scenario("full-exit-2025"), "-n", "60", "--shard", "2/3", "--out", Out + "/shards"],
            ["run", Scenario("full-exit-2025"), "-n", "60", "--shard", "3/3", "--out", Out + "/shards"],
            ["merge", Out + "/shards", "--out", Out + "/merged"],
        ]);
        yield return new GoldenCase("compare-policies",
        [
            ["compare", Scenario("baseline"), Scenario("full-exit-2025"), Scenario("delayed-drawdown"), Scenario("militia-escalation"), Scenario("syria-spillover"), "-n", "60", "--out", Out + "/compare"],
            ["report", Out + "/compare"],
        ]);
        yield return new GoldenCase("compare-calibration",
        [
            ["compare", Scenario("calibration-2023"), Scenario("calibration-2023-stop"), "--set-file", Fitted, "-n", "100", "--out", Out + "/compare"],
            ["report", Out + "/compare"],
        ]);
        yield return new GoldenCase("sweep-grid",
        [
            ["sweep", Scenario("baseline"), "--param", AnbarRate + "=0.01:0.03:3", "--metric", "militia_attacks_total", "-n", "30", "--out", Out + "/sweep"],
            ["report", Out + "/sweep"],
        ]);
        yield return new GoldenCase("sweep-lhs",
        [
            ["sweep", Scenario("delayed-drawdown"), "--param", AnbarRate + "=0.01:0.03", "--param", RecruitmentRate + "=0.0005:0.0015", "--lhs", "5", "-n", "20", "--out", Out + "/sweep"],
        ]);
        yield return new GoldenCase("sweep-nolh",
        [
            ["sweep", Scenario("syria-spillover"), "--param", AnbarRate + "=0.01:0.03", "--param", RecruitmentRate + "=0.0005:0.0015", "--nolh", "-n", "8", "--out", Out + "/sweep"],
        ]);
        yield return new GoldenCase("sweep-shards-merge",
        [
            ["sweep", Scenario("full-exit-2025"), "--param", AnbarRate + "=0.01:0.03:4", "-n", "20", "--shard", "1/2", "--out", Out + "/shards"],
            ["sweep", Scenario("full-exit-2025"), "--param", AnbarRate + "=0.01:0.03:4", "-n", "20", "--shard", "2/2", "--out", Out + "/shards"],
            ["merge", Out + "/shards", "--out", Out + "/merged"],
        ]);
        yield return new GoldenCase("sensitivity-sobol",
        [
            ["sensitivity", Scenario("baseline"), "--param", AnbarRate + "=0.01:0.03", "--param", RecruitmentRate + "=0.0005:0.0015", "--metric", "militia_attacks_total", "--samples", "4", "--bootstrap", "100", "-n", "10", "--out", Out + "/sensitivity"],
            ["report", Out + "/sensitivity"],
        ]);
        yield return new GoldenCase("sensitivity-morris",
        [
            ["sensitivity", Scenario("militia-escalation"), "--param", AnbarRate + "=0.01:0.03", "--param", RecruitmentRate + "=0.0005:0.0015", "--metric", "any_fatality", "--method", "morris", "--samples", "3", "--bootstrap", "100", "-n", "10", "--out", Out + "/sensitivity"],
            ["report", Out + "/sensitivity"],
        ]);
        yield return new GoldenCase("sensitivity-lhs-shards-merge",
        [
            ["sensitivity", Scenario("delayed-drawdown"), "--param", AnbarRate + "=0.01:0.03", "--metric", "militia_attacks_total", "--sampling", "lhs", "--samples", "4", "--bootstrap", "50", "-n", "10", "--shard", "1/2", "--out", Out + "/shards"],
            ["sensitivity", Scenario("delayed-drawdown"), "--param", AnbarRate + "=0.01:0.03", "--metric", "militia_attacks_total", "--sampling", "lhs", "--samples", "4", "--bootstrap", "50", "-n", "10", "--shard", "2/2", "--out", Out + "/shards"],
            ["merge", Out + "/shards", "--out", Out + "/merged"],
        ]);
        yield return new GoldenCase("calibrate-calibration-2023",
        [
            ["calibrate", Scenario("calibration-2023"), "--data", Data, "--fit", "regions.syria.militia.base_rate", "-n", "10", "--out", Out + "/calibration"],
        ]);
        yield return new GoldenCase("calibrate-calibration-2023-stop",
        [
            ["calibrate", Scenario("calibration-2023-stop"), "--data", Data, "--fit", "regions.*.militia.base_rate=0.2:5", "-n", "10", "--out", Out + "/calibration"],
        ]);
        yield return new GoldenCase("backtest",
        [
            ["backtest", Scenario("calibration-2023"), "--set-file", Fitted, "--data", Data, "-n", "50", "--threshold", "1", "--threshold", "20", "--out", Out + "/backtest"],
            ["backtest", Scenario("calibration-2023-stop"), "--data", Data, "-n", "50", "--out", Out + "/backtest-stop"],
        ]);
        yield return new GoldenCase("backtest-rolling",
        [
            ["backtest", Scenario("calibration-2023"), "--set-file", Fitted, "--data", Data, "--rolling", "--every", "14", "--horizon", "14", "-n", "50", "--out", Out + "/rolling"],
            ["report", Out + "/rolling"],
        ]);
        yield return new GoldenCase("backtest-rolling-refit",
        [
            ["backtest", Scenario("calibration-2023-stop"), "--data", Data, "--rolling", "--every", "30", "--horizon", "30", "--min-train", "40", "--refit", "--fit", "regions.*.militia.base_rate", "-n", "30", "--out", Out + "/rolling"],
        ]);
        yield return new GoldenCase("forecast",
        [
            ["forecast", Scenario("calibration-2023"), "--set-file", Fitted, "--data", Data, "--origin", "2024-01-18", "-n", "100", "--out", Out + "/forecast", "--report", Out + "/forecast.html"],
            ["forecast", Scenario("calibration-2023-stop"), "--data", Data, "--origin", "2024-02-04", "-n", "50", "--out", Out + "/forecast-stop"],
        ]);
    }

    private static string Scenario(string name) => $"{Shipped}/{name}.yaml";
}
