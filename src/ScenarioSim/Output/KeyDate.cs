using System.Globalization;
using ScenarioSim.Model;

namespace ScenarioSim.Output;

/// <summary>
/// A date worth marking on the report's time charts, recorded in <c>summary.json</c> as
/// <c>key_dates</c>: a force schedule breakpoint where troops start or stop moving, a fixed event
/// date, or the opening or closing of an event's window. Dates are the scenario's nominal ones: a
/// replication's slip or pause moves its own schedule later.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Label">What happens then, e.g. <c>us anbar starts 900 → 0</c>; several happenings on one date are joined by <c>; </c>.</param>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed record KeyDate(DateOnly Date, string Label)
{
    /// <summary>
    /// The key dates of <paramref name="scenario"/> after its first day and up to its last, in date
    /// order, one entry per date. The result depends only on the scenario, so <c>summary.json</c> stays
    /// deterministic.
    /// </summary>
    /// <param name="scenario">A scenario.</param>
    /// <returns>The key dates; empty when the schedule is flat and there are no events.</returns>
    public static IReadOnlyList<KeyDate> FromScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var happenings = new List<(DateOnly Date, string Text)>();
        foreach (var force in scenario.Forces)
        {
            AddSchedule(happenings, force);
        }

        foreach (var scenarioEvent in scenario.Events)
        {
            string chance = scenarioEvent.Probability < 1
                ? string.Create(CultureInfo.InvariantCulture, $" (p = {scenarioEvent.Probability:0.###})")
                : string.Empty;
            if (scenarioEvent.Date is { } date)
            {
                happenings.Add((date, $"event {scenarioEvent.Name}{chance}"));
            }

            if (scenarioEvent.Window is { } window)
            {
                happenings.Add((window.From, $"event window opens: {scenarioEvent.Name}{chance}"));
                happenings.Add((window.To, $"event window closes: {scenarioEvent.Name}"));
            }
        }

        // A stable sort keeps scenario order (forces, then events) within a date.
        return happenings
            .Where(h => h.Date > scenario.Start && h.Date <= scenario.End)
            .OrderBy(h => h.Date)
            .GroupBy(h => h.Date)
            .Select(g => new KeyDate(g.Key, string.Join("; ", g.Select(h => h.Text).Distinct(StringComparer.Ordinal))))
            .ToList();
    }

    private static void AddSchedule(List<(DateOnly Date, string Text)> happenings, ForceDeployment force)
    {
        string who = $"{force.Contingent} {force.Region}";
        var schedule = force.Schedule;
        for (int i = 0; i < schedule.Count; i++)
        {
            double troops = schedule[i].Troops;
            bool arrives = i > 0 && schedule[i - 1].Troops != troops;
            if (force.Interpolation == Interpolation.Step)
            {
                if (arrives)
                {
                    happenings.Add((schedule[i].Date, $"{who} {Troops(schedule[i - 1].Troops)} → {Troops(troops)}"));
                }

                continue;
            }

            bool departs = i + 1 < schedule.Count && schedule[i + 1].Troops != troops;
            string? text = (arrives, departs) switch
            {
                (true, true) => $"{who} reaches {Troops(troops)}, then heads to {Troops(schedule[i + 1].Troops)}",
                (true, false) => $"{who} reaches {Troops(troops)}",
                (false, true) => $"{who} starts {Troops(troops)} → {Troops(schedule[i + 1].Troops)}",
                _ => null,
            };
            if (text is not null)
            {
                happenings.Add((schedule[i].Date, text));
            }
        }
    }

    private static string Troops(double troops) => troops.ToString("#,0.##", CultureInfo.InvariantCulture);
}
