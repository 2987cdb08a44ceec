using ScenarioSim.Model;
using ScenarioSim.Output;
using ScenarioSim.Tests.Output;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Reporting;

[TestFixture]
public sealed class KeyDateTests
{
    private static Scenario Shipped(string name) =>
        ScenarioLoader.LoadFile(Path.Combine(TestContext.CurrentContext.TestDirectory, "Shipped", name + ".yaml")).GetValueOrThrow();

    [Test]
    public void FromScenario_Baseline_BreakpointsWhereTroopsMoveAndTheEvent()
    {
        var keyDates = KeyDate.FromScenario(Shipped("baseline"));

        Assert.That(keyDates.Select(k => $"{k.Date:yyyy-MM-dd} {k.Label}"), Is.EqualTo(new[]
        {
            "2024-12-08 event syria-regime-collapse",
            "2025-06-30 us anbar starts 900 → 0; us baghdad starts 700 → 500; us erbil starts 900 → 1,500",
            "2025-09-30 us anbar reaches 0; us baghdad reaches 500, then heads to 0; us erbil reaches 1,500, then heads to 300",
            "2026-09-30 us baghdad reaches 0; us erbil reaches 300",
        }));
    }

    [Test]
    public void FromScenario_StepScheduleWindowAndChance_Described()
    {
        var scenario = ScenarioLoader.LoadString("""
            name: key-dates
            start: 2025-01-01
            end: 2025-12-31
            regions:
              - id: anbar
                militia: { base_rate: 0.1 }
            forces:
              - contingent: us
                region: anbar
                interpolation: step
                schedule:
                  - { date: 2024-06-01, troops: 1000 }
                  - { date: 2025-04-01, troops: 1000 }
                  - { date: 2025-07-01, troops: 250 }
                  - { date: 2026-03-01, troops: 0 }
            events:
              - name: war
                window: { from: 2025-02-01, to: 2025-08-31 }
                probability: 0.25
                effects:
                  - { target: militia.base_rate, multiply: 3, duration_days: 30 }
            """).GetValueOrThrow();

        var keyDates = KeyDate.FromScenario(scenario);

        Assert.That(keyDates.Select(k => $"{k.Date:yyyy-MM-dd} {k.Label}"), Is.EqualTo(new[]
        {
            "2025-02-01 event window opens: war (p = 0.25)",
            "2025-07-01 us anbar 1,000 → 250",
            "2025-08-31 event window closes: war",
        }), "an unchanged step and dates outside the run are left out");
    }

    [Test]
    public void SummaryJson_KeyDates_WrittenAfterSeriesAndReadBack()
    {
        var summary = new SummaryDocument("abc", SampleResults.Minimal())
        {
            KeyDates = [new KeyDate(new DateOnly(2025, 9, 30), "us anbar reaches 0"), new KeyDate(new DateOnly(2026, 1, 1), "event \"x\"")],
        };

        string json = SummaryJson.ToJson(summary);
        var read = SummaryJson.Parse(json);

        Assert.That(json, Does.EndWith("""
              "key_dates": [
                {
                  "date": "2025-09-30",
                  "label": "us anbar reaches 0"
                },
                {
                  "date": "2026-01-01",
                  "label": "event \"x\""
                }
              ]
            }

            """));
        Assert.That(read.KeyDates, Is.EqualTo(summary.KeyDates));
    }

    [Test]
    public void SummaryJson_NoKeyDates_FieldAbsentAndReadAsEmpty()
    {
        string json = SummaryJson.ToJson(new SummaryDocument("abc", SampleResults.Minimal()));

        Assert.That(json, Does.Not.Contain("key_dates"));
        Assert.That(json, Is.EqualTo(SummaryJson.ToJson(SampleResults.Minimal(), "abc")), "the old writer's bytes are unchanged");
        Assert.That(SummaryJson.Parse(json).KeyDates, Is.Empty);
    }

    [Test]
    public void SummaryJson_MalformedKeyDates_SkippedNotFatal()
    {
        string json = SummaryJson.ToJson(SampleResults.Minimal(), "abc").TrimEnd()[..^1]
            + """, "key_dates": [ { "date": "soon", "label": "x" }, 3, { "date": "2025-01-02" } ] }""";

        var read = SummaryJson.Parse(json);

        Assert.That(read.KeyDates, Is.EqualTo(new[] { new KeyDate(new DateOnly(2025, 1, 2), string.Empty) }));
    }
}
