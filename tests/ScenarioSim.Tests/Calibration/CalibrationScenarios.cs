using ScenarioSim.Calibration;
using ScenarioSim.Model;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Calibration;

/// <summary>Small scenarios and data sets for the calibration tests.</summary>
internal static class CalibrationScenarios
{
    /// <summary>
    /// Five days, two regions (a: 1,000 troops; b: 400 falling to 0 on day 4), a three-state chain
    /// that moves often, self-excitation, a forced state on day 2 and a base-rate event on day 3.
    /// </summary>
    public const string Tiny = """
        name: tiny
        start: 2025-01-01
        end: 2025-01-05
        regions:
          - id: a
            militia: { base_rate: 0.6, exposure_ref: 1000, exposure_elasticity: 0.5 }
          - id: b
            militia: { base_rate: 0.9, exposure_ref: 1000, exposure_elasticity: 1.0 }
        forces:
          - contingent: us
            region: a
            schedule:
              - { date: 2025-01-01, troops: 1000 }
          - contingent: us
            region: b
            schedule:
              - { date: 2025-01-01, troops: 400 }
              - { date: 2025-01-05, troops: 0 }
        escalation:
          initial: tension
          states:
            calm:     { mean_duration_days: 2, next: { tension: 1.0 }, militia_multiplier: 0.2 }
            tension:  { mean_duration_days: 3, next: { calm: 0.5, conflict: 0.5 }, militia_multiplier: 1.0 }
            conflict: { mean_duration_days: 4, next: { tension: 1.0 }, militia_multiplier: 5.0 }
        militia:
          hawkes: { alpha: 0.3, decay_days: 2 }
        events:
          - name: flare
            date: 2025-01-03
            effects:
              - { target: escalation, set_state: conflict }
          - name: lull
            date: 2025-01-04
            effects:
              - { target: militia.base_rate, multiply: 0.5, duration_days: 1, region: a }
        """;

    /// <summary>One region with 1,000 troops (exposure 1), no chain: Poisson(base_rate + H) a day.</summary>
    public static string SingleRegion(int days, double baseRate, string? hawkes) => $"""
        name: single
        start: 2025-01-01
        end: {new DateOnly(2025, 1, 1).AddDays(days - 1):yyyy-MM-dd}
        regions:
          - id: a
            militia: {"{"} base_rate: {baseRate.ToString(System.Globalization.CultureInfo.InvariantCulture)} {"}"}
        forces:
          - contingent: us
            region: a
            schedule:
              - {"{"} date: 2025-01-01, troops: 1000 {"}"}
        {(hawkes is null ? string.Empty : "militia:\n  hawkes: " + hawkes)}
        """;

    public static Scenario Load(string yaml) => ScenarioLoader.LoadString(yaml).GetValueOrThrow();

    public static Scenario WithoutHawkes(Scenario scenario) => scenario with { Militia = scenario.Militia with { Hawkes = null } };

    public static Observation Row(Scenario scenario, int line, int firstDay, int lastDay, long count, params int[] regions) => new()
    {
        Line = line,
        Series = ObservedSeries.MilitiaAttacks,
        RegionLabel = string.Join('+', regions.Select(r => scenario.Regions[r].Id)),
        Regions = regions,
        First = scenario.Start.AddDays(firstDay),
        Last = scenario.Start.AddDays(lastDay),
        Count = count,
    };

    /// <summary>Daily rows for every region and day from an array counts[region][day].</summary>
    public static ObservationSet Daily(Scenario scenario, long[][] counts)
    {
        var rows = new List<Observation>();
        for (int r = 0; r < counts.Length; r++)
        {
            for (int t = 0; t < counts[r].Length; t++)
            {
                rows.Add(Row(scenario, rows.Count + 2, t, t, counts[r][t], r));
            }
        }

        return new ObservationSet("test.csv", rows);
    }
}
