using ScenarioSim.Calibration;
using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Results;

namespace ScenarioSim.Forecasting;

/// <summary>
/// Runs a scenario conditioned on observed militia counts (docs/model.md, "Forecasts conditioned on
/// observations"): every replication starts the day after the origin, its escalation state drawn from
/// the forward filter of the exact likelihood, its Hawkes excitation computed from the observed daily
/// counts, with troops, events and ISF capacity as the scenario has them on that day.
/// </summary>
/// <remarks>
/// <para>
/// The history is filtered with the schedules as written: a force's <c>slip_days</c> and a
/// <c>pause_drawdown</c> policy are left out of the filter (the counts say nothing about them) and act
/// in the forecast as in the scenario, the pause starting unpaused with an empty 30-day window.
/// Events keep their own draws: one drawn before the first forecast day acts for its remaining days,
/// one-off effects before it are gone. The ISIS pool is not conditioned: it starts at
/// <c>isis.initial_fighters</c> on the first forecast day, with the ISF capacity the scenario reaches
/// by then.
/// </para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public static class ConditionedRun
{
    /// <summary>Runs the forecast from the day after the origin to the scenario's end.</summary>
    /// <param name="scenario">The scenario (validated here).</param>
    /// <param name="data">Observations in the calibration format; the <c>militia_attacks</c> rows ending on or before the origin are used.</param>
    /// <param name="origin">The last observed day to use; <see langword="null"/> for the last day of any <c>militia_attacks</c> row.</param>
    /// <param name="options">Replications, seed and threads, as for <see cref="ScenarioRunner.Run"/>.</param>
    /// <param name="progress">Receives progress as replications complete.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The conditioning, the scenario as run and its results; bit-identical for a seed whatever the threads.</returns>
    /// <exception cref="InvalidInputException">The scenario or options are invalid, or the scenario's militia part is random in the history.</exception>
    /// <exception cref="InvalidInputException">The data or the origin cannot be used (located by line).</exception>
    public static ForecastResult Run(
        Scenario scenario, ObservationSet data, DateOnly? origin = null, RunOptions? options = null,
        IProgress<RunProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (_, settings) = ScenarioRunner.Prepare(scenario, options);
        var conditioning = Condition(scenario, data, origin);
        var compiled = Compile(scenario, conditioning, scenario.End);
        var accumulator = ScenarioRunner.RunAccumulated(compiled, settings, new ReplicationRange(0, settings.Replications), progress, cancellationToken);
        return new ForecastResult(conditioning, compiled.Source, accumulator.ToResult(settings.Seed));
    }

    /// <summary>Filters the observations up to the origin: the state, excitation and log-likelihood a forecast starts from.</summary>
    /// <param name="scenario">The scenario, valid.</param>
    /// <param name="data">The observations.</param>
    /// <param name="origin">The last observed day to use; <see langword="null"/> for the last day of any <c>militia_attacks</c> row.</param>
    /// <returns>The conditioning.</returns>
    /// <exception cref="InvalidInputException">No row ends by the origin, a row straddles it, the origin is outside the run, or the counts are impossible.</exception>
    /// <exception cref="InvalidInputException">The scenario's militia events are random (the filter needs them fixed).</exception>
    public static Conditioning Condition(Scenario scenario, ObservationSet data, DateOnly? origin = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        var rows = data.Of(ObservedSeries.MilitiaAttacks);
        if (rows.Count == 0)
        {
            throw Problem(data.File, 0, "the data has no militia_attacks rows to condition on");
        }

        var o = origin ?? rows.Max(r => r.Last);
        if (o < scenario.Start || o >= scenario.End)
        {
            throw Problem(data.File, 0, $"the origin {o:yyyy-MM-dd} must lie from the scenario's start ({scenario.Start:yyyy-MM-dd}) to the day before its end ({scenario.End:yyyy-MM-dd}), so that there is a day to forecast");
        }

        if (rows.FirstOrDefault(r => r.First <= o && r.Last > o) is { } straddling)
        {
            throw Problem(data.File, straddling.Line, $"the origin {o:yyyy-MM-dd} falls inside this row's period ({straddling.PeriodLabel}); an origin must be the last day of a row (a row boundary), so that the rows up to it are whole");
        }

        var used = rows.Where(r => r.Last <= o).ToArray();
        if (used.Length == 0)
        {
            throw Problem(data.File, 0, $"no militia_attacks row ends on or before the origin {o:yyyy-MM-dd}; there is nothing to condition on");
        }

        var history = History(scenario);
        var likelihood = new MilitiaLikelihood(history, new ObservationSet(data.File, used), dailyShortcut: true, through: o);
        var filtered = likelihood.Filter(history);
        if (filtered is null || double.IsNegativeInfinity(filtered.LogLikelihood) || filtered.StateProbabilities.Any(double.IsNaN))
        {
            throw Problem(data.File, 0, $"the militia counts up to {o:yyyy-MM-dd} are impossible under the scenario (likelihood 0), so there is no state to condition on");
        }

        var names = scenario.Escalation?.States.Select(s => s.Name).ToArray() ?? [];
        return new Conditioning
        {
            Origin = o,
            StateProbabilities = names.Select((n, k) => KeyValuePair.Create(n, filtered.StateProbabilities[k])).ToArray(),
            Excitation = scenario.Regions.Select((r, i) => KeyValuePair.Create(r.Id, filtered.NextExcitation[i])).ToArray(),
            LogLikelihood = filtered.LogLikelihood,
            Rows = used.Length,
            FirstDayStateProbabilities = filtered.NextStateProbabilities,
        };
    }

    /// <summary>
    /// The scenario as a forecast from <paramref name="origin"/> runs it: from the day after the origin to
    /// <paramref name="end"/>, with the ISF capacity it has reached on that day. Events keep their dates
    /// (the engine carries effects drawn before the start into the run), so the result is for the engine,
    /// not for <see cref="ScenarioValidator"/>.
    /// </summary>
    internal static Scenario ForecastScenario(Scenario scenario, DateOnly origin, DateOnly end)
    {
        var start = origin.AddDays(1);
        var isis = scenario.Isis;
        if (isis is not null)
        {
            int elapsed = start.DayNumber - scenario.Start.DayNumber;
            var path = ScenarioCompiler.IsfCapacityPath(isis.IsfCapacity, elapsed + 1);
            isis = isis with { IsfCapacity = isis.IsfCapacity with { Start = path[elapsed] } };
        }

        return scenario with { Start = start, End = end, Isis = isis };
    }

    /// <summary>The forecast scenario from the origin to <paramref name="end"/>, compiled with the conditioning as its day 0.</summary>
    internal static CompiledScenario Compile(Scenario scenario, Conditioning conditioning, DateOnly end) =>
        ScenarioCompiler.Compile(ForecastScenario(scenario, conditioning.Origin, end), conditioning.ToInitialConditions());

    /// <summary>Every replication's militia attacks over the forecast days, in replication order.</summary>
    internal static double[] MilitiaTotals(CompiledScenario compiled, ulong seed, int replications, int threads, CancellationToken cancellationToken)
    {
        var sink = new ReplicationMetricsSink(compiled, replications);
        ScenarioRunner.RunRange(compiled, seed, new ReplicationRange(0, replications), threads, () => sink, null, cancellationToken);
        return sink.Values[MetricNames.MilitiaAttacksTotal];
    }

    /// <summary>The scenario whose likelihood filters the history: troop schedules as written (no slip, no pause policy), fixed parameters.</summary>
    private static Scenario History(Scenario scenario) => scenario with
    {
        Forces = scenario.Forces.Select(f => f with { SlipDays = null }).ToArray(),
        Policies = scenario.Policies with { PauseDrawdown = null },
        Uncertainties = [],
        Correlations = [],
    };

    private static InvalidInputException Problem(string file, int line, string message) =>
        new([Diagnostic.InFile(file, line, message)]);
}
