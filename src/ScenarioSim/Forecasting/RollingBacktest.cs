using ScenarioSim.Calibration;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Forecasting;

/// <summary>
/// A rolling-origin back-test (docs/forecasting.md): origins every <see cref="RollingBacktestOptions.Every"/>
/// days through the data, each forecasting the militia attacks of the following window from the data up to
/// it, scored against what happened. Four forecasts per origin: the scenario conditioned on the training data
/// (<see cref="ConditionedRun"/>), the scenario run blind from its start, a constant-rate negative binomial
/// fitted to the training data, and persistence.
/// </summary>
/// <remarks>
/// <para>
/// Origins sit at row boundaries: each nominal origin moves back to the last day of a row that no other row
/// straddles, and the window runs from the day after it to the first such boundary at least
/// <see cref="RollingBacktestOptions.Horizon"/> days on (exactly the horizon for daily data). Totals are over
/// every region, so the rows in each window must count every militia region.
/// </para>
/// <para>Stateless and thread-safe; bit-identical for a seed whatever the threads.</para>
/// </remarks>
internal static class RollingBacktest
{
    private static readonly ulong PitStream = StreamKey.ForComponent("backtest/pit");

    /// <summary>Runs the back-test.</summary>
    /// <param name="scenario">The scenario (validated here).</param>
    /// <param name="data">The observations; <c>militia_attacks</c> rows are used.</param>
    /// <param name="options">Where the origins go and how forecasts are made.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>Every origin's forecasts and scores, and each model's mean scores.</returns>
    /// <exception cref="InvalidInputException">The scenario or the options are invalid.</exception>
    /// <exception cref="InvalidInputException">The data allow no origin, or a window misses a region.</exception>
    public static RollingBacktestResult Run(Scenario scenario, ObservationSet data, RollingBacktestOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        CheckOptions(options);
        var (_, settings) = ScenarioRunner.Prepare(scenario, new RunOptions { Replications = options.Replications, Seed = options.Seed, MaxDegreeOfParallelism = options.Threads });
        var rows = data.Of(ObservedSeries.MilitiaAttacks);
        var windows = Windows(scenario, data.File, rows, options);
        var origins = new List<RollingOrigin>();
        for (int i = 0; i < windows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            origins.Add(Forecast(scenario, data.File, rows, windows[i], i, options, settings, cancellationToken));
        }

        var summaries = RollingOrigin.ModelNames.Select((name, m) => new RollingScoreSummary(
            name,
            origins.Average(o => o.Forecasts[m].Crps),
            origins.Average(o => o.Forecasts[m].Covered50 ? 1.0 : 0.0),
            origins.Average(o => o.Forecasts[m].Covered90 ? 1.0 : 0.0),
            origins.Average(o => o.Forecasts[m].IntervalScore90),
            origins.Count)).ToArray();
        return new RollingBacktestResult(options, origins, summaries);
    }

    /// <summary>The origins and windows: (origin, window's last day).</summary>
    internal static IReadOnlyList<(DateOnly Origin, DateOnly Last)> Windows(Scenario scenario, string file, IReadOnlyList<Observation> rows, RollingBacktestOptions options)
    {
        if (rows.Count == 0)
        {
            throw Problem(file, 0, "the data has no militia_attacks rows to back-test");
        }

        var dataStart = rows.Min(r => r.First);
        var dataEnd = rows.Max(r => r.Last);
        var boundaries = rows.Select(r => r.Last).Distinct()
            .Where(b => !rows.Any(r => r.First <= b && r.Last > b) && b < scenario.End)
            .Order().ToArray();
        var firstOrigin = dataStart.AddDays((options.MinTrain ?? options.Horizon) - 1);
        var windows = new List<(DateOnly, DateOnly)>();
        for (var nominal = firstOrigin; nominal < dataEnd; nominal = nominal.AddDays(options.Every))
        {
            int k = Array.FindLastIndex(boundaries, b => b <= nominal);
            if (k < 0 || boundaries[k] < firstOrigin || (windows.Count > 0 && windows[^1].Item1 == boundaries[k]))
            {
                continue;
            }

            var origin = boundaries[k];
            var target = origin.AddDays(options.Horizon);
            var last = rows.Select(r => r.Last).Where(b => b >= target && !rows.Any(r => r.First <= b && r.Last > b)).Order().FirstOrDefault();
            if (last == default)
            {
                break;
            }

            windows.Add((origin, last));
        }

        if (windows.Count == 0)
        {
            throw Problem(file, 0, $"no origin fits: the data run from {dataStart:yyyy-MM-dd} to {dataEnd:yyyy-MM-dd}, and an origin needs {options.MinTrain ?? options.Horizon} days of training data before it and {options.Horizon} observed days after it, at row boundaries");
        }

        return windows;
    }

    private static RollingOrigin Forecast(
        Scenario scenario, string file, IReadOnlyList<Observation> rows, (DateOnly Origin, DateOnly Last) window, int index,
        RollingBacktestOptions options, RunSettingsResolved settings, CancellationToken cancellationToken)
    {
        var (origin, last) = window;
        var training = new ObservationSet(file, rows.Where(r => r.Last <= origin).ToArray());
        var scored = rows.Where(r => r.First > origin && r.Last <= last).ToArray();
        CheckCoverage(scenario, file, scored, origin, last);
        long observed = scored.Sum(r => r.Count);
        int n = options.Replications;

        var model = options.Refit.Count == 0
            ? scenario
            : MilitiaCalibration.Fit(scenario, training, options.Refit, ObservationModel.Poisson, intervals: false).Fitted;
        var conditioning = ConditionedRun.Condition(model, training, origin);
        var conditioned = ConditionedRun.MilitiaTotals(ConditionedRun.Compile(model, conditioning, last), settings.Seed, n, settings.Threads, cancellationToken);

        // The blind run's window total: the same replications run to the window's end and to the origin
        // (a day's draws do not depend on later days), subtracted.
        var toEnd = ConditionedRun.MilitiaTotals(ScenarioCompiler.Compile(model with { End = last }), settings.Seed, n, settings.Threads, cancellationToken);
        var toOrigin = ConditionedRun.MilitiaTotals(ScenarioCompiler.Compile(model with { End = origin }), settings.Seed, n, settings.Threads, cancellationToken);
        var unconditioned = toEnd.Zip(toOrigin, (a, b) => a - b).ToArray();

        int days = last.DayNumber - origin.DayNumber;
        var periods = training.Rows.GroupBy(r => (r.First, r.Last))
            .Select(g => (Days: g.Key.Last.DayNumber - g.Key.First.DayNumber + 1, Count: g.Sum(r => r.Count))).ToArray();
        var (mean, size) = ConstantRateBaselines.FitNegativeBinomial(periods);
        var negbin = ConstantRateBaselines.NegativeBinomialQuantiles(mean * days, size * days, n);
        var persistence = ConstantRateBaselines.PoissonQuantiles(RecentRate(training.Rows, origin, options.Horizon) * days, n);

        double u = StreamKey.Create(settings.Seed, index, PitStream).NextDouble();
        return new RollingOrigin(
            origin, origin.AddDays(1), last, observed, training.Rows.Count, conditioning,
            HorizonForecast.Score(conditioned, observed, u),
            HorizonForecast.Score(unconditioned, observed, u),
            HorizonForecast.Score(negbin, observed, u),
            HorizonForecast.Score(persistence, observed, u));
    }

    /// <summary>The daily rate over the <paramref name="horizon"/> days up to the origin (fewer if the data start later), period rows counted pro rata.</summary>
    private static double RecentRate(IReadOnlyList<Observation> training, DateOnly origin, int horizon)
    {
        var from = origin.AddDays(1 - horizon);
        var dataStart = training.Min(r => r.First);
        if (from < dataStart)
        {
            from = dataStart;
        }

        double total = 0;
        foreach (var r in training)
        {
            int overlap = Math.Min(r.Last.DayNumber, origin.DayNumber) - Math.Max(r.First.DayNumber, from.DayNumber) + 1;
            if (overlap > 0)
            {
                total += r.Count * (double)overlap / (r.Last.DayNumber - r.First.DayNumber + 1);
            }
        }

        return total / (origin.DayNumber - from.DayNumber + 1);
    }

    private static void CheckCoverage(Scenario scenario, string file, IReadOnlyList<Observation> scored, DateOnly origin, DateOnly last)
    {
        var militia = Enumerable.Range(0, scenario.Regions.Count).Where(r => scenario.Regions[r].Militia is not null);
        var missing = militia.Where(r => !scored.Any(o => o.Regions.Contains(r))).Select(r => scenario.Regions[r].Id).ToArray();
        if (missing.Length > 0)
        {
            throw Problem(file, 0, $"the window {origin.AddDays(1):yyyy-MM-dd}..{last:yyyy-MM-dd} has no militia_attacks row for {string.Join(", ", missing)}; the rolling back-test scores totals over every militia region, so each window needs rows counting them all");
        }
    }

    private static void CheckOptions(RollingBacktestOptions options)
    {
        var problems = new List<Diagnostic>();
        if (options.Every < 1)
        {
            problems.Add(new Diagnostic("every", $"--every must be >= 1, but was {options.Every}"));
        }

        if (options.Horizon < 1)
        {
            problems.Add(new Diagnostic("horizon", $"--horizon must be >= 1, but was {options.Horizon}"));
        }

        if (options.MinTrain is < 1)
        {
            problems.Add(new Diagnostic("min_train", $"--min-train must be >= 1, but was {options.MinTrain}"));
        }

        if (options.Replications < 2)
        {
            problems.Add(new Diagnostic("replications", $"--replications must be >= 2, but was {options.Replications}"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }
    }

    private static InvalidInputException Problem(string file, int line, string message) =>
        new([Diagnostic.InFile(file, line, message)]);
}
