using System.Text.Json;
using ScenarioSim.Diagnostics;
using ScenarioSim.Calibration;
using ScenarioSim.Forecasting;
using ScenarioSim.Model;
using ScenarioSim.Tests.Calibration;

namespace ScenarioSim.Tests.Forecasting;

/// <summary>
/// The conditioning a forecast starts from, checked against an independent forward filter: brute force over
/// every escalation path of a short series (<see cref="BruteForce"/>), read back from conditioning.json.
/// </summary>
[TestFixture]
public sealed class ConditioningTests
{
    // Two regions, three states, self-excitation, a forced state and a base-rate event (CalibrationScenarios.Tiny).
    private static readonly long[][] TinyCounts = [[1, 0, 4, 2], [2, 1, 3, 0]];

    [TestCase(4)]
    [TestCase(3)]
    [TestCase(1)]
    public void ConditioningJson_DailyCountsWithHawkes_AgreesWithBruteForceFilter(int days)
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, TinyCounts);
        var origin = scenario.Start.AddDays(days - 1);
        var observed = TinyCounts.Select(r => r[..days]).ToArray();

        using var json = WriteAndParse(ConditionedRun.Condition(scenario, data, origin));

        var root = json.RootElement;
        var expected = BruteForce.Filtered(scenario, BruteForce.DailyJoint(scenario, observed));
        Assert.That(root.GetProperty("origin").GetString(), Is.EqualTo(origin.ToString("yyyy-MM-dd")));
        Assert.That(root.GetProperty("log_likelihood").GetDouble(), Is.EqualTo(BruteForce.DailyLogLikelihood(scenario, observed)).Within(1e-6));
        var states = root.GetProperty("state_probabilities");
        for (int s = 0; s < expected.Length; s++)
        {
            Assert.That(states.GetProperty(scenario.Escalation!.States[s].Name).GetDouble(), Is.EqualTo(expected[s]).Within(1e-6), scenario.Escalation.States[s].Name);
        }

        var hawkes = scenario.Militia.Hawkes!;
        for (int r = 0; r < scenario.Regions.Count; r++)
        {
            double h = 0;
            for (int t = 0; t < days; t++)
            {
                h = (h * Math.Exp(-1 / hawkes.DecayDays)) + (hawkes.Alpha * observed[r][t]);
            }

            Assert.That(root.GetProperty("excitation").GetProperty(scenario.Regions[r].Id).GetDouble(), Is.EqualTo(h).Within(1e-12));
        }
    }

    [Test]
    public void ConditioningJson_PeriodRows_AgreesWithBruteForceFilter()
    {
        var scenario = CalibrationScenarios.WithoutHawkes(CalibrationScenarios.Load(CalibrationScenarios.Tiny));
        Observation[] rows =
        [
            CalibrationScenarios.Row(scenario, 2, 0, 1, 3, 0),
            CalibrationScenarios.Row(scenario, 3, 0, 1, 1, 1),
            CalibrationScenarios.Row(scenario, 4, 2, 3, 9, 0, 1),
        ];

        using var json = WriteAndParse(ConditionedRun.Condition(scenario, new ObservationSet("test.csv", rows)));

        var root = json.RootElement;
        var expected = BruteForce.Filtered(scenario, BruteForce.PeriodJoint(scenario, rows, null));
        Assert.That(root.GetProperty("origin").GetString(), Is.EqualTo("2025-01-04"));
        Assert.That(root.GetProperty("log_likelihood").GetDouble(), Is.EqualTo(BruteForce.PeriodLogLikelihood(scenario, rows, null)).Within(1e-6));
        for (int s = 0; s < expected.Length; s++)
        {
            Assert.That(root.GetProperty("state_probabilities").GetProperty(scenario.Escalation!.States[s].Name).GetDouble(), Is.EqualTo(expected[s]).Within(1e-6));
        }

        Assert.That(root.GetProperty("excitation").GetProperty("a").GetDouble(), Is.Zero);
    }

    [Test]
    public void Condition_OriginInsideARow_IsRefusedNamingTheRow()
    {
        var scenario = CalibrationScenarios.WithoutHawkes(CalibrationScenarios.Load(CalibrationScenarios.Tiny));
        Observation[] rows = [CalibrationScenarios.Row(scenario, 7, 0, 3, 5, 0, 1)];

        var error = Assert.Throws<InvalidInputException>(() => ConditionedRun.Condition(scenario, new ObservationSet("test.csv", rows), scenario.Start.AddDays(1)));

        Assert.That(error!.Message, Is.EqualTo("test.csv:7: error: the origin 2025-01-02 falls inside this row's period (2025-01-01..2025-01-04); an origin must be the last day of a row (a row boundary), so that the rows up to it are whole"));
    }

    [Test]
    public void Condition_OriginOnTheLastDay_IsRefused()
    {
        var scenario = CalibrationScenarios.Load(CalibrationScenarios.Tiny);
        var data = CalibrationScenarios.Daily(scenario, [[1, 0, 4, 2, 0], [2, 1, 3, 0, 0]]);

        var error = Assert.Throws<InvalidInputException>(() => ConditionedRun.Condition(scenario, data));

        Assert.That(error!.Message, Does.Contain("the origin 2025-01-05 must lie from the scenario's start (2025-01-01) to the day before its end (2025-01-05)"));
    }

    private static JsonDocument WriteAndParse(Conditioning conditioning)
    {
        using var stream = new MemoryStream();
        ConditioningJson.Write(stream, conditioning);
        return JsonDocument.Parse(stream.ToArray());
    }
}
