using System.Globalization;
using ScenarioSim.Calibration;
using ScenarioSim.Diagnostics;
using Spectre.Console;

namespace ScenarioSim.Cli;

/// <summary>Prints a calibration or a backtest for people: estimates, model comparison, predictive checks, scores.</summary>
internal static class CalibrationTables
{
    /// <summary>Writes the calibration's tables to standard output.</summary>
    public static void Write(CliEnvironment environment, CalibrationReport report)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        console.WriteLine($"Calibration: {report.Scenario.Name}    data: {report.Data.File} ({report.Data.Rows.Count} rows)");
        if (report.Militia is { } m)
        {
            console.WriteLine(Invariant($"Militia: {CalibrationOutput.ModelName(m.Observation)} counts, excitation {m.Excitation}; log-likelihood {m.LogLikelihood:0.###}, AIC {m.Aic:0.###} ({m.ParameterCount} parameters, {m.Rows} rows)"));
        }

        if (report.Isis is { } i)
        {
            console.WriteLine(Invariant($"ISIS: simulated moments, criterion {i.Objective:0.###} ({i.Rows} rows, {i.Replications} replications, seed {i.Seed})"));
        }

        var estimates = NewTable("Estimates", "parameter", "estimate", "se", "95% interval", "interval");
        foreach (var e in report.Estimates.Concat(report.Militia?.NegativeBinomialSize is { } k ? [k] : []))
        {
            estimates.AddRow(Cell(e.Path), Cell(Number(e.Estimate)), Cell(Number(e.Se)), Cell($"[{Number(e.Ci95Low)}, {Number(e.Ci95High)}]"), Cell(e.IntervalMethod));
        }

        console.Write(estimates);
        if (report.Militia is { Models.Count: > 1 } fit)
        {
            var models = NewTable("Models (lower AIC is better)", "excitation", "observation", "log-likelihood", "k", "AIC", "reported");
            foreach (var c in fit.Models)
            {
                models.AddRow(Cell(c.Excitation), Cell(CalibrationOutput.ModelName(c.Observation)), Cell(Number(c.LogLikelihood)),
                    Cell(c.ParameterCount.ToString(CultureInfo.InvariantCulture)), Cell(Number(c.Aic)), Cell(c.Chosen ? "yes" : string.Empty));
            }

            console.Write(models);
        }

        var checks = report.Checks;
        double pearson = checks.Where(c => double.IsFinite(c.Pearson)).Sum(c => c.Pearson);
        var table = NewTable(
            Invariant($"Goodness of fit: {checks.Count(c => c.InInterval90)} of {checks.Count} rows inside the 90% predictive interval; Pearson X2 {pearson:0.##} ({report.Replications} replications of the fitted scenario)"),
            "line", "series", "region", "period", "observed", "mean", "90% interval", "P(sim >= obs)");
        foreach (var c in checks)
        {
            table.AddRow(
                Cell(c.Row.Line.ToString(CultureInfo.InvariantCulture)), Cell(ObservationFile.SeriesName(c.Row.Series)), Cell(c.Row.RegionLabel),
                Cell(c.Row.PeriodLabel), Cell(c.Row.Count.ToString(CultureInfo.InvariantCulture)), Cell(Number(c.Mean)),
                Cell($"[{Number(c.P05)}, {Number(c.P95)}]"), Cell(Number(c.UpperTail)));
        }

        console.Write(table);
        foreach (string warning in (report.Militia?.Warnings ?? []).Concat(report.Isis?.Warnings ?? []))
        {
            environment.Error.WriteLine(new Diagnostic(string.Empty, warning) { Severity = DiagnosticSeverity.Warning });
        }

        environment.Out.Flush();
    }

    /// <summary>Writes the backtest's tables to standard output.</summary>
    public static void Write(CliEnvironment environment, string scenarioName, BacktestResult result)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        console.WriteLine(Invariant($"Backtest: {scenarioName}    replications: {result.Replications}    seed: {result.Seed}"));
        var headings = new List<string> { "line", "series", "region", "period", "observed", "median", "50% interval", "90% interval", "CRPS" };
        headings.AddRange(result.Thresholds.Select(k => $"P(>={k})"));
        var rows = NewTable("Forecasts", headings.ToArray());
        foreach (var r in result.Rows)
        {
            var cells = new List<Text>
            {
                Cell(r.Row.Line.ToString(CultureInfo.InvariantCulture)), Cell(ObservationFile.SeriesName(r.Row.Series)), Cell(r.Row.RegionLabel),
                Cell(r.Row.PeriodLabel), Cell(r.Row.Count.ToString(CultureInfo.InvariantCulture)), Cell(Number(r.P50)),
                Cell($"[{Number(r.P25)}, {Number(r.P75)}]{(r.Covered50 ? string.Empty : " x")}"),
                Cell($"[{Number(r.P05)}, {Number(r.P95)}]{(r.Covered90 ? string.Empty : " x")}"), Cell(Number(r.Crps)),
            };
            cells.AddRange(r.Thresholds.Select(t => Cell(Number(t.Probability))));
            rows.AddRow(cells.ToArray());
        }

        console.Write(rows);
        var summaryHeadings = new List<string> { "series", "rows", "CRPS", "coverage 50%", "coverage 90%", "interval score 50%", "interval score 90%" };
        summaryHeadings.AddRange(result.Thresholds.Select(k => $"Brier >={k}"));
        var summary = NewTable("Scores (means; lower is better, coverage should be near nominal)", summaryHeadings.ToArray());
        foreach (var s in result.Summaries)
        {
            var cells = new List<Text>
            {
                Cell(s.Series), Cell(s.Rows.ToString(CultureInfo.InvariantCulture)), Cell(Number(s.MeanCrps)), Cell(Number(s.Coverage50)),
                Cell(Number(s.Coverage90)), Cell(Number(s.MeanIntervalScore50)), Cell(Number(s.MeanIntervalScore90)),
            };
            cells.AddRange(result.Thresholds.Select(k => Cell(Number(s.MeanBrier[k]))));
            summary.AddRow(cells.ToArray());
        }

        console.Write(summary);
        environment.Out.Flush();
    }

    /// <summary>Writes a rolling back-test's origins and each model's mean scores to standard output.</summary>
    public static void Write(CliEnvironment environment, string scenarioName, Forecasting.RollingBacktestResult result)
    {
        var console = TerminalConsole.Create(environment.Out, environment.OutIsTerminal);
        var o = result.Options;
        console.WriteLine(Invariant($"Rolling backtest: {scenarioName}    every {o.Every} days, horizon {o.Horizon} days    replications: {o.Replications}    seed: {o.Seed}{(o.Refit.Count > 0 ? "    refitted at each origin" : string.Empty)}"));
        var rows = NewTable("Horizon totals: median [90% interval] per model", "origin", "window", "observed", "conditioned", "unconditioned", "negbin_constant", "persistence");
        foreach (var origin in result.Origins)
        {
            var cells = new List<Text>
            {
                Cell(origin.Origin.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Cell(Invariant($"{origin.First:yyyy-MM-dd}..{origin.Last:yyyy-MM-dd} ({origin.Days} d)")),
                Cell(origin.Observed.ToString(CultureInfo.InvariantCulture)),
            };
            cells.AddRange(origin.Forecasts.Select(f => Cell($"{Number(f.P50)} [{Number(f.P05)}, {Number(f.P95)}]{(f.Covered90 ? string.Empty : " x")}")));
            rows.AddRow(cells.ToArray());
        }

        console.Write(rows);
        var summary = NewTable("Scores over the origins (means; lower is better, coverage should be near nominal)", "model", "origins", "CRPS", "coverage 50%", "coverage 90%", "interval score 90%");
        foreach (var m in result.Summaries)
        {
            summary.AddRow(Cell(m.Model), Cell(m.Origins.ToString(CultureInfo.InvariantCulture)), Cell(Number(m.Crps)), Cell(Number(m.Coverage50)), Cell(Number(m.Coverage90)), Cell(Number(m.IntervalScore90)));
        }

        console.Write(summary);
        environment.Out.Flush();
    }

    private static Table NewTable(string title, params string[] headings)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle(title.Replace("[", "[[", StringComparison.Ordinal).Replace("]", "]]", StringComparison.Ordinal)));
        foreach (string heading in headings)
        {
            table.AddColumn(new TableColumn(new Text(heading)));
        }

        return table;
    }

    private static Text Cell(string text) => new(text);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    /// <summary>Four significant digits for small values, whole numbers for large ones; "-" for missing, "inf" for unbounded.</summary>
    private static string Number(double value) =>
        double.IsNaN(value) ? "-"
        : double.IsPositiveInfinity(value) ? "inf"
        : Math.Abs(value) >= 1000 ? value.ToString("#,0", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);
}
