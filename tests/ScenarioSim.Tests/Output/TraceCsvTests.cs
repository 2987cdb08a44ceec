using ScenarioSim.Engine;
using ScenarioSim.Output;

namespace ScenarioSim.Tests.Output;

[TestFixture]
public sealed class TraceCsvTests
{
    private static ReplicationTrace Trace() => new()
    {
        Replication = 3,
        Seed = 1,
        Regions = ["anbar", "erbil"],
        Days =
        [
            new TraceDay
            {
                Date = new DateOnly(2025, 1, 1),
                Troops = [1000, 250.5],
                EscalationState = "tension",
                MilitiaAttacks = [2, 0],
                MilitiaFatalAttacks = [1, 0],
                MilitiaFatalities = [1, 0],
                IsisAttacks = [0, 3],
                IsisFighters = 3000,
                DrawdownPaused = false,
                ActiveEvents = [],
            },
            new TraceDay
            {
                Date = new DateOnly(2025, 1, 2),
                Troops = [990, 250],
                EscalationState = "conflict",
                MilitiaAttacks = [5, 1],
                MilitiaFatalAttacks = [0, 0],
                MilitiaFatalities = [0, 0],
                IsisAttacks = [1, 0],
                IsisFighters = 3012,
                DrawdownPaused = true,
                ActiveEvents = ["syria-spillover", "militia-surge"],
            },
        ],
    };

    [Test]
    public void Columns_TwoRegions_SpecOrder()
    {
        Assert.That(TraceCsv.Columns(["anbar", "erbil"]), Is.EqualTo(new[]
        {
            "date", "day", "troops_anbar", "troops_erbil", "troops_total", "escalation_state",
            "militia_attacks_anbar", "militia_attacks_erbil", "militia_fatal_attacks_anbar", "militia_fatal_attacks_erbil", "militia_fatalities_anbar", "militia_fatalities_erbil",
            "isis_attacks_anbar", "isis_attacks_erbil", "isis_fighters", "drawdown_paused", "active_events",
        }));
    }

    [Test]
    public void Write_TwoDays_HeaderAndOneRowPerDayPinned()
    {
        using var writer = new StringWriter();

        TraceCsv.Write(writer, Trace());

        Assert.That(writer.ToString(), Is.EqualTo(
            "date,day,troops_anbar,troops_erbil,troops_total,escalation_state,militia_attacks_anbar,militia_attacks_erbil," +
            "militia_fatal_attacks_anbar,militia_fatal_attacks_erbil,militia_fatalities_anbar,militia_fatalities_erbil,isis_attacks_anbar,isis_attacks_erbil,isis_fighters,drawdown_paused,active_events\n" +
            "2025-01-01,0,1000,250.5,1250.5,tension,2,0,1,0,1,0,0,3,3000,0,\n" +
            "2025-01-02,1,990,250,1240,conflict,5,1,0,0,0,0,1,0,3012,1,syria-spillover;militia-surge\n"));
    }
}
