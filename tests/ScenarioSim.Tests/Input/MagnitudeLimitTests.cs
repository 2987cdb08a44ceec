using ScenarioSim.Engine;
using ScenarioSim.Tests.Cli;
using ScenarioSim.Tests.Output;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Input;

/// <summary>
/// Values that each pass their own rule but whose product is more than a Poisson draw takes (issue 15):
/// each class is refused when loading with a located message naming the key, exit code 2, where the
/// run used to stop with exit 1 and "A Poisson mean must be finite and at most 2^52". Values far
/// larger than any real scenario's, but under the bounds, still run.
/// </summary>
public class MagnitudeLimitTests
{
    private const string Scenario = """
        name: t
        start: 2024-01-01
        end: 2024-03-31
        regions:
          - id: a
            militia: { base_rate: BASE, exposure_ref: 1000, exposure_elasticity: ELASTICITY }
            isis: { activity_share: 0.5 }
        forces:
          - contingent: us
            region: a
            schedule: [ { date: 2024-01-01, troops: TROOPS } ]
        isis:
          initial_fighters: FIGHTERS
          carrying_capacity: CAPACITY
          attacks_per_1000_fighters_per_day: ATTACKS
        events:
          - name: e
            date: 2024-01-10
            effects:
              - EFFECT
        """;

    private TemporaryDirectory _directory = null!;

    [SetUp]
    public void SetUp() => _directory = new TemporaryDirectory();

    [TearDown]
    public void TearDown() => _directory.Dispose();

    private static readonly TestCaseData[] TooLarge =
    [
        new TestCaseData(new Values { Effect = "{ target: militia.base_rate, multiply: 1e308 }" },
            "6:27: error: regions[0].militia.base_rate: the largest daily militia intensity of region 'a' would be ")
            .SetName("EffectMultiplyHugeOnMilitiaBaseRate"),
        new TestCaseData(new Values { Effect = "{ target: militia.base_rate, multiply: 1000, region: a }", Extra = 4 },
            "6:27: error: regions[0].militia.base_rate: the largest daily militia intensity of region 'a' would be 10000000000 attacks a day")
            .SetName("OverlappingEventMultipliersMultiply"),
        new TestCaseData(new Values { Base = "1e6", Troops = "1e9", Elasticity = "1" },
            "6:27: error: regions[0].militia.base_rate: the largest daily militia intensity of region 'a' would be 1000000000000 attacks a day")
            .SetName("BaseRateHugeWithExposure"),
        new TestCaseData(new Values { Effect = "{ target: isis.recruitment, multiply: 1e308 }" },
            "13:3: error: isis.recruitment_rate: the largest daily recruitment would be Infinity fighters")
            .SetName("EffectMultiplyHugeOnIsisRecruitment"),
        new TestCaseData(new Values { Effect = "{ target: isis.inflow, add: 1e10 }" },
            "20:37: error: events[0].effects[0].add: the isis.inflow effects add up to 10000000000 fighters a day")
            .SetName("InflowHuge"),
        new TestCaseData(new Values { Capacity = "2e12" },
            "14:22: error: isis.carrying_capacity: the ISIS pool could reach ")
            .SetName("CarryingCapacityHuge"),
        new TestCaseData(new Values { Fighters = "2000000000", Attacks = "1e6" },
            "7:29: error: regions[0].isis.activity_share: the largest daily ISIS attacks of region 'a' would be ")
            .SetName("InitialFightersHugeWithAttackRate"),
    ];

    [TestCaseSource(nameof(TooLarge))]
    public async Task Validate_ProductOfValidValuesTooLarge_LocatedErrorNamingTheKeyExit2(Values values, string expected)
    {
        string path = _directory["big.yaml"];
        File.WriteAllText(path, values.Yaml());

        var outcome = await CliOutcome.InvokeAsync("validate", path);

        Assert.That(outcome.ExitCode, Is.EqualTo(2), outcome.ToString());
        Assert.That(outcome.Error, Does.StartWith($"{path}:{expected}"), outcome.ToString());
        Assert.That(outcome.Error.TrimEnd('\n'), Does.Not.Contain("\n"), "one message");
    }

    [Test]
    public void Run_LargeValuesUnderTheBounds_LoadAndRun()
    {
        // Far beyond a real scenario (a million-fold event, a billion troops at elasticity 0.5, ten
        // million fighters a day of inflow), yet every Poisson mean stays under the bound.
        var values = new Values
        {
            Base = "10", Troops = "1e9", Effect = "{ target: militia.base_rate, multiply: 1e3 }",
            Fighters = "2000000000", Capacity = "1e9",
        };
        var loaded = ScenarioLoader.LoadString(values.Yaml(), "big.yaml");
        Assert.That(loaded.Diagnostics, Is.Empty);

        var result = new ScenarioRunner().Run(loaded.Value!, new RunOptions { Replications = 2, Seed = 1, MaxDegreeOfParallelism = 1 });

        Assert.That(result.Replications, Is.EqualTo(2));
    }

    [Test]
    public void Load_LognormalBaseRate_ModerateSigmaAcceptedHugeSigmaRefused()
    {
        static string Uncertain(double sigma) =>
            new Values { Base = $"{{ dist: lognormal, mu: -4.6, sigma: {sigma.ToString(System.Globalization.CultureInfo.InvariantCulture)} }}" }.Yaml();

        // calibrate writes lognormal base rates (fitted-uncertain.yaml): a usual spread must stay valid.
        Assert.That(ScenarioLoader.LoadString(Uncertain(0.5), "u.yaml").Diagnostics, Is.Empty);
        var refused = ScenarioLoader.LoadString(Uncertain(50), "u.yaml");
        Assert.That(refused.Diagnostics.Single().Message, Does.StartWith("regions[0].militia.base_rate: the largest daily militia intensity"));
    }

    /// <summary>The numbers put into <see cref="Scenario"/>; the defaults are small.</summary>
    public sealed record Values
    {
        public string Base { get; init; } = "0.01";

        public string Elasticity { get; init; } = "0.5";

        public string Troops { get; init; } = "1000";

        public string Fighters { get; init; } = "3000";

        public string Capacity { get; init; } = "15000";

        public string Attacks { get; init; } = "0.25";

        public string Effect { get; init; } = "{ target: isis.inflow, add: 1 }";

        /// <summary>How many copies of the event (each with the effect); they overlap.</summary>
        public int Extra { get; init; } = 1;

        public string Yaml()
        {
            string text = Scenario.Replace("BASE", Base, StringComparison.Ordinal).Replace("ELASTICITY", Elasticity, StringComparison.Ordinal)
                .Replace("TROOPS", Troops, StringComparison.Ordinal).Replace("FIGHTERS", Fighters, StringComparison.Ordinal)
                .Replace("CAPACITY", Capacity, StringComparison.Ordinal).Replace("ATTACKS", Attacks, StringComparison.Ordinal)
                .Replace("EFFECT", Effect, StringComparison.Ordinal);
            for (int i = 1; i < Extra; i++)
            {
                text += $"\n  - name: e{i}\n    date: 2024-01-10\n    effects:\n      - {Effect}";
            }

            return text + "\n";
        }

        public override string ToString() => Yaml();
    }
}
