using System.Globalization;
using ScenarioSim.Model;

namespace ScenarioSim.Reporting;

/// <summary>
/// The run report's first section, "Scenario and assumptions": the scenario's description, its force
/// schedules, escalation states, events, policies, uncertain parameters with their distributions and
/// report thresholds, so that a reader sees what the numbers rest on (docs/model.md names each).
/// </summary>
internal static class ScenarioAssumptions
{
    public static void AddTo(HtmlDocument document, Scenario scenario, ulong seed, int replications)
    {
        document.AddSection("Scenario and assumptions");
        document.AddParagraph(scenario.Description is { Length: > 0 } description ? description.Trim() : $"{scenario.Name} has no description.");
        document.AddTable(
            ["setting", "value"],
            [
                ["period", $"{Iso(scenario.Start)} to {Iso(scenario.End)} ({ReportNumber.Count(scenario.Days)} days)"],
                ["seed", seed.ToString(CultureInfo.InvariantCulture)],
                ["replications", ReportNumber.Count(replications)],
                ["regions", string.Join(", ", scenario.Regions.Select(r => r.Id))],
                ["ISIS", scenario.Isis is { } isis ? $"modelled; resurgence when the pool reaches {ReportNumber.Format(isis.ResurgenceThreshold)} fighters, from {ReportNumber.Format(isis.InitialFighters)}" : "not modelled"],
            ],
            new HashSet<int>());

        if (scenario.Forces.Count > 0)
        {
            document.AddSubheading("Force schedules");
            document.AddTable(
                ["contingent", "region", "schedule (date: troops)", "interpolation", "slip"],
                scenario.Forces.Select(f => (IReadOnlyList<string>)
                [
                    f.Contingent, f.Region,
                    string.Join("; ", f.Schedule.Select(b => $"{Iso(b.Date)}: {ReportNumber.Format(b.Troops)}")),
                    f.Interpolation.ToString().ToLowerInvariant(),
                    f.SlipDays is { } slip ? $"{Describe(slip)} days" : "none",
                ]),
                new HashSet<int>());
        }

        if (scenario.Escalation is { } escalation)
        {
            document.AddSubheading("Escalation states");
            document.AddTable(
                ["state", "mean duration (days)", "militia multiplier", "next"],
                escalation.States.Select(s => (IReadOnlyList<string>)
                [
                    s.Name == escalation.Initial ? $"{s.Name} (initial)" : s.Name,
                    s.MeanDurationDays is { } days ? ReportNumber.Format(days) : "absorbing",
                    ReportNumber.Format(s.MilitiaMultiplier),
                    string.Join(", ", s.Next.Select(n => $"{n.To} ({ReportNumber.Format(n.Weight)})")),
                ]),
                new HashSet<int> { 1, 2 });
        }

        if (scenario.Events.Count > 0)
        {
            document.AddSubheading("Events");
            document.AddTable(
                ["event", "when", "probability", "effects"],
                scenario.Events.Select(e => (IReadOnlyList<string>)
                [
                    e.Name,
                    e.Date is { } date ? Iso(date) : e.Window is { } window ? $"{Iso(window.From)} to {Iso(window.To)}" : "–",
                    ReportNumber.Percent(e.Probability),
                    string.Join("; ", e.Effects.Select(Describe)),
                ]),
                new HashSet<int> { 2 });
        }

        document.AddSubheading("Policies");
        document.AddParagraph(scenario.Policies.PauseDrawdown is { } pause
            ? string.Create(CultureInfo.InvariantCulture, $"pause_drawdown: when more than {ReportNumber.Format(pause.WhenMilitiaAttacks30dAbove)} militia attacks in {PauseDrawdownPolicy.WindowDays} days, every force's schedule waits {pause.PauseDays} days.")
            : "None: the force schedules run as written (apart from any slip).");

        if (scenario.Uncertainties.Count > 0)
        {
            document.AddSubheading("Uncertain parameters");
            document.AddTable(
                ["parameter", "distribution (drawn once per replication)"],
                scenario.Uncertainties.Select(u => (IReadOnlyList<string>)[u.Path, Describe(u.Distribution)]),
                new HashSet<int>());
        }

        if (scenario.Report.Thresholds.Count > 0)
        {
            document.AddParagraph(
                "Report thresholds: " + string.Join(", ", scenario.Report.Thresholds.Select(t => $"{t.Metric} ≥ {ReportNumber.Format(t.AtLeast)}")) + " (their probabilities are in the probability chart).",
                isNote: true);
        }
    }

    private static string Describe(Distribution distribution) => distribution switch
    {
        FixedDistribution d => Exact(d.Value),
        UniformDistribution d => $"uniform({Exact(d.Min)}, {Exact(d.Max)})",
        NormalDistribution d => $"normal(mean {Exact(d.Mean)}, sd {Exact(d.Sd)})",
        LogNormalDistribution d => $"lognormal(μ {Exact(d.Mu)}, σ {Exact(d.Sigma)})",
        TriangularDistribution d => $"triangular({Exact(d.Min)}, mode {Exact(d.Mode)}, {Exact(d.Max)})",
        BetaDistribution d => d.Min == 0 && d.Max == 1
            ? $"beta(α {Exact(d.Alpha)}, β {Exact(d.BetaShape)})"
            : $"beta(α {Exact(d.Alpha)}, β {Exact(d.BetaShape)}) on [{Exact(d.Min)}, {Exact(d.Max)}]",
        _ => distribution.ToString(),
    };

    private static string Describe(EventEffect effect)
    {
        var parts = new List<string> { effect.Target.ToString() };
        if (effect.Region is { } region)
        {
            parts.Add($"in {region}");
        }

        if (effect.Multiply is { } multiply)
        {
            parts.Add($"× {ReportNumber.Precise(multiply)}");
        }

        if (effect.Add is { } add)
        {
            parts.Add($"+ {ReportNumber.Precise(add)}");
        }

        if (effect.SetState is { } state)
        {
            parts.Add($"→ {state}");
        }

        if (effect.DurationDays is { } days)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"for {days} days"));
        }

        return string.Join(" ", parts);
    }

    /// <summary>Parameters as given, up to six significant digits: rates such as 0.0005 must not round away.</summary>
    private static string Exact(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
