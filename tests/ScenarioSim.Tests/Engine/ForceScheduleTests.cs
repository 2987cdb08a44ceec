using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Tests.Engine;

public class ForceScheduleTests
{
    private static readonly DateOnly Start = TestScenarios.Start;

    private static readonly object[] LinearCases =
    [
        new object[] { -5, 2500.0 },   // before the first breakpoint: its value
        new object[] { 0, 2500.0 },
        new object[] { 50, 2000.0 },   // halfway down the first segment
        new object[] { 100, 1500.0 },
        new object[] { 150, 1000.0 },  // between 100 (1500) and 200 (500)
        new object[] { 200, 500.0 },
        new object[] { 400, 500.0 },   // after the last: the last value
    ];

    private static readonly object[] StepCases =
    [
        new object[] { -5, 2500.0 },
        new object[] { 99, 2500.0 },
        new object[] { 100, 1500.0 },
        new object[] { 199, 1500.0 },
        new object[] { 200, 500.0 },
        new object[] { 999, 500.0 },
    ];

    private static readonly int[] Days = [0, 100, 200];
    private static readonly double[] Troops = [2500, 1500, 500];

    [TestCaseSource(nameof(LinearCases))]
    public void TroopsAt_Linear_InterpolatesBetweenBreakpoints(int clock, double expected)
    {
        int cursor = 0;
        Assert.That(ForceSchedule.TroopsAt(Days, Troops, step: false, clock, ref cursor), Is.EqualTo(expected).Within(1e-9));
    }

    [TestCaseSource(nameof(StepCases))]
    public void TroopsAt_Step_HoldsUntilNextBreakpoint(int clock, double expected)
    {
        int cursor = 0;
        Assert.That(ForceSchedule.TroopsAt(Days, Troops, step: true, clock, ref cursor), Is.EqualTo(expected));
    }

    [Test]
    public void TroopsAt_CursorFromLaterSegment_StillCorrectWhenClockGoesBack()
    {
        int cursor = 1;
        Assert.That(ForceSchedule.TroopsAt(Days, Troops, step: false, 50, ref cursor), Is.EqualTo(2000).Within(1e-9));
    }

    [Test]
    public void Trace_FixedSlip_MovesEveryBreakpointButTheFirst()
    {
        var scenario = Schedule(Distribution.Fixed(10), pause: null);

        var troops = new ScenarioRunner().Trace(scenario, 0).Days.Select(d => d.Troops[0]).ToArray();

        // The first breakpoint stays at day 0; the second moves from day 100 to day 110.
        Assert.That(troops[0], Is.EqualTo(2000));
        Assert.That(troops[55], Is.EqualTo(1000).Within(1e-9));
        Assert.That(troops[109], Is.EqualTo(2000.0 / 110).Within(1e-9));
        Assert.That(troops[110], Is.EqualTo(0));
    }

    [Test]
    public void Trace_SlipRoundsHalfAwayFromZero()
    {
        var scenario = Schedule(Distribution.Fixed(2.5), pause: null);

        var troops = new ScenarioRunner().Trace(scenario, 0).Days.Select(d => d.Troops[0]).ToArray();

        Assert.That(troops[102], Is.EqualTo(2000.0 / 103).Within(1e-9), "slip 2.5 rounds to 3: breakpoint at day 103");
        Assert.That(troops[103], Is.EqualTo(0));
    }

    [Test]
    public void Trace_PausePolicy_StopsTheScheduleClock()
    {
        // Attacks every day and threshold 0: a pause triggers on day 0 and, each time one ends, again the
        // next day. Days 1–5 paused, day 6 runs, 7–11 paused, ...: the clock is ⌊t/6⌋.
        var scenario = Schedule(slip: null, new PauseDrawdownPolicy { WhenMilitiaAttacks30dAbove = 0, PauseDays = 5 });

        var days = new ScenarioRunner().Trace(scenario, 0).Days;

        for (int t = 0; t < 60; t++)
        {
            double expected = 2000 - (20.0 * (t / 6));
            Assert.That(days[t].Troops[0], Is.EqualTo(expected).Within(1e-9), $"day {t}");
            Assert.That(days[t].DrawdownPaused, Is.EqualTo(t % 6 != 0), $"day {t}");
        }
    }

    private static Scenario Schedule(Distribution? slip, PauseDrawdownPolicy? pause) => new()
    {
        Name = "schedule",
        Start = Start,
        End = Start.AddDays(199),
        Regions = [new Region { Id = "anbar", Militia = new RegionMilitia { BaseRate = 50 } }],
        Forces =
        [
            new ForceDeployment
            {
                Contingent = "us", Region = "anbar",
                Schedule = [new(Start, 2000), new(Start.AddDays(100), 0)],
                SlipDays = slip,
            },
        ],
        Militia = new MilitiaModel { Casualties = new Casualties { PFatal = 0 } },
        Policies = new ScenarioPolicies { PauseDrawdown = pause },
    };
}
