using ScenarioSim.Diagnostics;
using ScenarioSim.Engine;
using ScenarioSim.Model;

namespace ScenarioSim.Calibration;

/// <summary>
/// The exact log-likelihood of observed militia attack counts under the scenario's discrete-time
/// model, <c>N_r(t) ~ Poisson(b_r·B_r(t)·M(S_t)·E_r(t) + H_r(t))</c>, with the escalation state
/// <c>S_t</c> latent and troop exposure known (schedules as written).
/// </summary>
/// <remarks>
/// <para>
/// The forward algorithm runs over the joint of the escalation state and, for every period row that
/// is open on the day, the number of its events counted so far: each day the state moves by the
/// chain's transition matrix, each open row's count is convolved with the day's count distribution in
/// its regions given the state, and when a row closes the table is cut at its observed count. Daily
/// rows multiply in their probability directly. Scaling each day keeps the numbers in range. Given
/// the state path, counts in different regions and days are independent, so this is exact; days and
/// regions without a row are summed out.
/// </para>
/// <para>
/// With self-excitation the excitation <c>H_r(t)</c> depends on every earlier count, so it is known
/// only when every region with troops has a daily count on every day from the start to the last
/// observed day; then the likelihood is exact, otherwise it is intractable and refused.
/// </para>
/// <para>Build once per data set; <see cref="LogLikelihood"/> is thread-safe.</para>
/// </remarks>
public sealed class MilitiaLikelihood
{
    /// <summary>Largest joint table (states × open-row counts) the forward algorithm accepts.</summary>
    public const int MaxTableCells = 4_000_000;

    private readonly Scenario _structure;
    private readonly int _days;
    private readonly int _regions;
    private readonly double[][] _troops;
    private readonly double[][] _eventFactor;
    private readonly int[] _forcedState;
    private readonly Row[] _rows;
    private readonly List<int>[] _opening;
    private readonly List<int>[] _active;
    private readonly List<int>[] _closing;
    private readonly List<int>[] _dayRows;
    private readonly long[][]? _observedDaily;

    /// <summary>Checks that the data and the scenario allow an exact likelihood and prepares it.</summary>
    /// <param name="scenario">The scenario; its structure (regions, forces, events, chain) is fixed from here on.</param>
    /// <param name="data">Observations; only <c>militia_attacks</c> rows are used.</param>
    /// <exception cref="ObservationDataException">The data cannot be used (named by line).</exception>
    /// <exception cref="ScenarioValidationException">The scenario has random troop levels or random militia events.</exception>
    public MilitiaLikelihood(Scenario scenario, ObservationSet data)
        : this(scenario, data, dailyShortcut: true)
    {
    }

    internal MilitiaLikelihood(Scenario scenario, ObservationSet data, bool dailyShortcut, DateOnly? through = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(data);
        _structure = scenario;
        CheckKnownExposure(scenario);
        var rows = data.Of(ObservedSeries.MilitiaAttacks);
        if (rows.Count == 0)
        {
            throw new ObservationDataException([new ObservationDiagnostic(data.File, 0, "the data has no militia_attacks rows to fit")]);
        }

        int start = scenario.Start.DayNumber;
        _days = Math.Max(rows.Max(r => r.Last.DayNumber - start), (through?.DayNumber ?? start) - start) + 1;
        _regions = scenario.Regions.Count;
        // The engine's own compiled form; without uncertain parameters every region's troops are tabulated.
        var compiled = ScenarioCompiler.Compile(scenario with { Uncertainties = [], Correlations = [] });
        _troops = Enumerable.Range(0, _regions).Select(r => Enumerable.Range(0, _days).Select(t => compiled.TroopsOn(t, r)).ToArray()).ToArray();
        (_eventFactor, _forcedState) = DeterministicEvents(compiled, _days);
        _rows = rows.Select(o => new Row(o, o.First.DayNumber - start, o.Last.DayNumber - start, o.Regions.ToArray(),
            dailyShortcut && o.IsDaily)).ToArray();
        HasHawkes = scenario.Militia.Hawkes is not null;
        IsDaily = _rows.All(r => r.Observation.IsDaily && r.Regions.Length == 1);

        var problems = new List<ObservationDiagnostic>();
        CheckFeasible(data.File, problems);
        if (HasHawkes)
        {
            _observedDaily = ObservedDaily(scenario, data.File, problems);
        }

        if (problems.Count > 0)
        {
            throw new ObservationDataException(problems);
        }

        _opening = NewLists(_days);
        _active = NewLists(_days);
        _closing = NewLists(_days);
        _dayRows = NewLists(_days);
        for (int j = 0; j < _rows.Length; j++)
        {
            var row = _rows[j];
            if (row.IsDayRow)
            {
                _dayRows[row.First].Add(j);
                continue;
            }

            _opening[row.First].Add(j);
            _closing[row.Last].Add(j);
            for (int t = row.First; t <= row.Last; t++)
            {
                _active[t].Add(j);
            }
        }

        CheckTableSize(data.File);
    }

    /// <summary>True when the scenario has a Hawkes block (the data are then daily and complete).</summary>
    public bool HasHawkes { get; }

    /// <summary>True when every militia row is one region on one day.</summary>
    public bool IsDaily { get; }

    /// <summary>The number of militia rows used.</summary>
    public int RowCount => _rows.Length;

    /// <summary>
    /// The log-likelihood of the observed militia counts under <paramref name="parameters"/>, which must
    /// have the same structure (regions, forces, events, states) as the scenario given to the constructor
    /// and differ only in numbers. Invalid numbers (an explosive Hawkes term, a duration below 1) give
    /// negative infinity.
    /// </summary>
    /// <param name="parameters">The scenario with candidate parameter values.</param>
    /// <param name="model">The count distribution of a region-day.</param>
    /// <param name="negativeBinomialSize">κ for <see cref="ObservationModel.NegativeBinomial"/>; ignored for Poisson.</param>
    /// <returns>The log-likelihood, or negative infinity when the data are impossible under the parameters.</returns>
    public double LogLikelihood(Scenario parameters, ObservationModel model = ObservationModel.Poisson, double negativeBinomialSize = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var chain = Chain.From(parameters.Escalation);
        if (chain is null || (model == ObservationModel.NegativeBinomial && !(negativeBinomialSize > 0)))
        {
            return double.NegativeInfinity;
        }

        var hawkes = parameters.Militia.Hawkes;
        if (hawkes is not null && (!(hawkes.Alpha >= 0) || !(hawkes.DecayDays > 0) || !(hawkes.BranchingRatio < 1)))
        {
            return double.NegativeInfinity;
        }

        var baseIntensity = BaseIntensity(parameters);
        if (baseIntensity is null)
        {
            return double.NegativeInfinity;
        }

        var excitation = hawkes is null || _observedDaily is null ? null : Excitation(hawkes);
        var pass = new ForwardPass(this, chain, baseIntensity, excitation, model, negativeBinomialSize);
        return pass.Run();
    }

    /// <summary>
    /// Says where the likelihood of <paramref name="parameters"/> fails: the rows of the first day on which
    /// the data become impossible or their probability underflows, or the parameters themselves.
    /// </summary>
    /// <param name="file">The data file, for the location.</param>
    /// <param name="parameters">The scenario with the parameter values that failed.</param>
    /// <param name="model">The count distribution.</param>
    /// <param name="negativeBinomialSize">κ for the negative binomial.</param>
    /// <returns>A diagnostic located at the first failing row, or at line 0 when no row is to blame.</returns>
    internal ObservationDiagnostic DescribeFailure(string file, Scenario parameters, ObservationModel model, double negativeBinomialSize)
    {
        var chain = Chain.From(parameters.Escalation);
        var baseIntensity = BaseIntensity(parameters);
        var hawkes = parameters.Militia.Hawkes;
        if (chain is null || baseIntensity is null)
        {
            return new ObservationDiagnostic(file, 0, "the likelihood could not be evaluated: the fit reached invalid parameter values; narrow the --fit ranges");
        }

        var excitation = hawkes is null || _observedDaily is null ? null : Excitation(hawkes);
        var pass = new ForwardPass(this, chain, baseIntensity, excitation, model, negativeBinomialSize);
        pass.Run();
        if (pass.FailedDay < 0)
        {
            return new ObservationDiagnostic(file, 0, "the likelihood is not finite for any parameter value tried; narrow the --fit ranges or check the data");
        }

        int t = pass.FailedDay;
        var row = _dayRows[t].Concat(_closing[t]).Concat(_active[t]).Select(j => _rows[j]).MaxBy(r => r.Count);
        if (row is null)
        {
            return new ObservationDiagnostic(file, 0, $"the likelihood fails numerically on {_structure.Start.AddDays(t):yyyy-MM-dd} for every parameter value tried; narrow the --fit ranges or check the data");
        }

        return new ObservationDiagnostic(file, row.Observation.Line,
            $"the count {row.Count} ({row.Observation.RegionLabel}, {row.Observation.PeriodLabel}) has probability zero, or too small to represent, under every parameter value tried (fitted so far: intensities far below it); the fit failed numerically. Check the count, or fit the parameters that could explain it");
    }

    /// <summary>
    /// The forward filter at the last day covered (docs/model.md, "Forecasts conditioned on
    /// observations"): the log-likelihood of the militia counts, P(S_last | counts), the one-step
    /// prediction P(S_last+1 | counts) and the excitation H_r(last + 1) from the observed daily counts
    /// (zeros without a Hawkes block). Poisson counts, as the engine simulates them.
    /// </summary>
    /// <returns><see langword="null"/> when the numbers are invalid (as <see cref="LogLikelihood"/> gives negative infinity).</returns>
    internal FilteredState? Filter(Scenario parameters)
    {
        var chain = Chain.From(parameters.Escalation);
        var hawkes = parameters.Militia.Hawkes;
        var baseIntensity = BaseIntensity(parameters);
        if (chain is null || baseIntensity is null || (hawkes is not null && !(hawkes.BranchingRatio < 1)))
        {
            return null;
        }

        var pass = new ForwardPass(this, chain, baseIntensity, hawkes is null || _observedDaily is null ? null : Excitation(hawkes), ObservationModel.Poisson, double.PositiveInfinity);
        double logLikelihood = pass.Run();
        var filtered = pass.StateProbabilities();
        var predicted = new double[chain.States];
        for (int from = 0; from < chain.States; from++)
        {
            for (int to = 0; to < chain.States; to++)
            {
                predicted[to] += filtered[from] * chain.Transition[from, to];
            }
        }

        var next = new double[_regions];
        if (hawkes is not null && _observedDaily is not null)
        {
            double decay = ScenarioCompiler.HawkesDecayFactor(hawkes.DecayDays);
            for (int r = 0; r < _regions; r++)
            {
                for (int t = 0; t < _days; t++)
                {
                    next[r] = MilitiaIntensity.NextExcitation(next[r], decay, hawkes.Alpha, _observedDaily[r][t]);
                }
            }
        }

        return new FilteredState(logLikelihood, filtered, predicted, next);
    }

    /// <summary>
    /// λ_r(t) for every region and day when the escalation state on each day is known
    /// (<paramref name="states"/>[t], indices into the chain's states; 0 without a chain), with the
    /// excitation from the observed daily counts: the intensity the forward pass uses in that state.
    /// </summary>
    /// <returns><c>λ[r][t]</c>, or <see langword="null"/> when the numbers are invalid.</returns>
    internal double[][]? IntensityOnPath(Scenario parameters, IReadOnlyList<int> states)
    {
        var chain = Chain.From(parameters.Escalation);
        var baseIntensity = BaseIntensity(parameters);
        var hawkes = parameters.Militia.Hawkes;
        if (chain is null || baseIntensity is null)
        {
            return null;
        }

        var excitation = hawkes is null || _observedDaily is null ? null : Excitation(hawkes);
        var lambda = new double[_regions][];
        for (int r = 0; r < _regions; r++)
        {
            lambda[r] = new double[_days];
            for (int t = 0; t < _days; t++)
            {
                lambda[r][t] = MilitiaIntensity.Of(baseIntensity[r][t], chain.Multiplier[states[t]], excitation?[r][t] ?? 0);
            }
        }

        return lambda;
    }

    private static List<int>[] NewLists(int n) => Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();

    private static void CheckKnownExposure(Scenario scenario)
    {
        var problems = new List<ScenarioDiagnostic>();
        for (int f = 0; f < scenario.Forces.Count; f++)
        {
            if (scenario.Forces[f].SlipDays is not null)
            {
                problems.Add(new ScenarioDiagnostic($"forces[{f}].slip_days", $"calibration needs known troop levels, but forces[{f}] ({scenario.Forces[f].Contingent}/{scenario.Forces[f].Region}) has a random slip_days; remove it for the fit"));
            }
        }

        if (scenario.Policies.PauseDrawdown is not null)
        {
            problems.Add(new ScenarioDiagnostic("policies.pause_drawdown", "calibration needs known troop levels, but policies.pause_drawdown makes them depend on the attacks; remove it for the fit"));
        }

        for (int e = 0; e < scenario.Events.Count; e++)
        {
            var ev = scenario.Events[e];
            bool militia = ev.Effects.Any(x => x.Target is EffectTarget.MilitiaBaseRate or EffectTarget.Escalation);
            if (militia && (ev.Probability < 1 || ev.Window is not null))
            {
                problems.Add(new ScenarioDiagnostic($"events[{e}]", $"event '{ev.Name}' changes militia rates or the escalation state at random (probability below 1 or a window); the likelihood needs such events on a fixed date with probability 1"));
            }
        }

        if (problems.Count > 0)
        {
            throw new ScenarioValidationException(problems);
        }
    }

    /// <summary>
    /// Militia base-rate factors B_r(t) and forced states of events that certainly happen on a fixed
    /// date, from the engine's compiled events (multiplied in event and effect order, as the engine does).
    /// </summary>
    private static (double[][] Factor, int[] Forced) DeterministicEvents(CompiledScenario compiled, int days)
    {
        var factor = Enumerable.Range(0, compiled.RegionCount).Select(_ => Enumerable.Repeat(1.0, days).ToArray()).ToArray();
        var forced = Enumerable.Repeat(-1, days).ToArray();
        foreach (var ev in compiled.Events.Where(e => e.DayChoices == 1 && e.Probability >= 1))
        {
            int day = ev.FirstDay;
            foreach (var effect in ev.Effects)
            {
                if (effect.Target == EffectTarget.Escalation && day >= 0 && day < days)
                {
                    forced[day] = effect.State;
                }
                else if (effect.Target == EffectTarget.MilitiaBaseRate)
                {
                    long end = Math.Min(days, (long)day + effect.DurationDays);
                    for (int r = 0; r < compiled.RegionCount; r++)
                    {
                        if (effect.Region < 0 || effect.Region == r)
                        {
                            for (int t = Math.Max(0, day); t < end; t++)
                            {
                                factor[r][t] *= effect.Value;
                            }
                        }
                    }
                }
            }
        }

        return (factor, forced);
    }

    private bool CanAttack(int r, int t) => _troops[r][t] > 0 && _eventFactor[r][t] > 0;

    private void CheckFeasible(string file, List<ObservationDiagnostic> problems)
    {
        foreach (var row in _rows.Where(r => r.Count > 0))
        {
            bool possible = false;
            for (int t = row.First; t <= row.Last && !possible; t++)
            {
                possible = row.Regions.Any(r => CanAttack(r, t));
            }

            if (!possible)
            {
                problems.Add(new ObservationDiagnostic(file, row.Observation.Line,
                    $"the count is {row.Count}, but the scenario has no troops (or a zero base-rate factor) in {row.Observation.RegionLabel} on {row.Observation.PeriodLabel}, so the model allows no militia attacks there"));
            }
        }
    }

    /// <summary>Daily counts per region for the Hawkes term; every region-day with troops must be observed alone.</summary>
    private long[][] ObservedDaily(Scenario scenario, string file, List<ObservationDiagnostic> problems)
    {
        var aggregated = _rows.FirstOrDefault(r => !r.Observation.IsDaily || r.Regions.Length > 1);
        if (aggregated is not null)
        {
            problems.Add(new ObservationDiagnostic(file, aggregated.Observation.Line,
                $"the scenario has militia.hawkes, but this row counts {(aggregated.Regions.Length > 1 ? "several regions" : "a period")} ({aggregated.Observation.RegionLabel}, {aggregated.Observation.PeriodLabel}); " +
                "the excitation depends on each region's daily counts, so with aggregated counts the exact likelihood is intractable. " +
                "Give one row per region and day, or fit the scenario without its hawkes block"));
            return [];
        }

        var counts = Enumerable.Range(0, _regions).Select(_ => Enumerable.Repeat(-1L, _days).ToArray()).ToArray();
        foreach (var row in _rows)
        {
            counts[row.Regions[0]][row.First] = row.Count;
        }

        for (int r = 0; r < _regions; r++)
        {
            if (scenario.Regions[r].Militia is null)
            {
                continue;
            }

            for (int t = 0; t < _days; t++)
            {
                if (counts[r][t] >= 0)
                {
                    continue;
                }

                if (CanAttack(r, t))
                {
                    problems.Add(new ObservationDiagnostic(file, 0,
                        $"the scenario has militia.hawkes, so every region with troops needs a daily count on every day from {scenario.Start:yyyy-MM-dd} to the last observed day ({scenario.Start.AddDays(_days - 1):yyyy-MM-dd}), but {scenario.Regions[r].Id} has none on {scenario.Start.AddDays(t):yyyy-MM-dd}"));
                    return counts;
                }

                counts[r][t] = 0;
            }
        }

        return counts;
    }

    private void CheckTableSize(string file)
    {
        foreach (var row in _rows.Where(r => r.IsDayRow && r.Regions.Length > 1 && r.Count >= MaxTableCells))
        {
            // A negative-binomial day total over several regions is a convolution up to the count.
            throw new ObservationDataException([new ObservationDiagnostic(file, row.Observation.Line,
                $"the count {row.Count} over several regions is too large for the exact likelihood (its count table would exceed {MaxTableCells:N0} cells); give one row per region")]);
        }

        var open = new List<int>();
        for (int t = 0; t < _days; t++)
        {
            open.AddRange(_opening[t]);
            long cells = Math.Max(1, _structure.Escalation?.States.Count ?? 1);
            foreach (int j in open)
            {
                // Tested before multiplying, so a count near 2^63 cannot overflow the product.
                cells = _rows[j].Count >= MaxTableCells ? MaxTableCells + 1L : cells * (_rows[j].Count + 1);
                if (cells > MaxTableCells)
                {
                    throw new ObservationDataException([new ObservationDiagnostic(file, _rows[j].Observation.Line,
                        $"too many period rows overlap in time for the exact likelihood (their joint count table would exceed {MaxTableCells:N0} cells on {_structure.Start.AddDays(t):yyyy-MM-dd}); use shorter periods or fewer overlapping rows")]);
                }
            }

            open.RemoveAll(_closing[t].Contains);
        }
    }

    /// <summary>b_r·B_r(t)·E_r(t) per region and day (0 without troops); null when a number is invalid.</summary>
    private double[][]? BaseIntensity(Scenario parameters)
    {
        var result = new double[_regions][];
        for (int r = 0; r < _regions; r++)
        {
            result[r] = new double[_days];
            var militia = parameters.Regions[r].Militia;
            if (militia is null)
            {
                continue;
            }

            if (!(militia.BaseRate >= 0) || !(militia.ExposureRef > 0) || !(militia.ExposureElasticity >= 0) || double.IsInfinity(militia.BaseRate))
            {
                return null;
            }

            double lastTroops = double.NaN;
            double exposure = 0;
            for (int t = 0; t < _days; t++)
            {
                double troops = _troops[r][t];
                if (troops != lastTroops)
                {
                    lastTroops = troops;
                    exposure = ScenarioCompiler.Exposure(troops, militia.ExposureRef, militia.ExposureElasticity);
                }

                result[r][t] = militia.BaseRate * _eventFactor[r][t] * exposure;
            }
        }

        return result;
    }

    private double[][] Excitation(HawkesExcitation hawkes)
    {
        double decay = ScenarioCompiler.HawkesDecayFactor(hawkes.DecayDays);
        var h = new double[_regions][];
        for (int r = 0; r < _regions; r++)
        {
            h[r] = new double[_days];
            double current = 0;
            for (int t = 0; t < _days; t++)
            {
                h[r][t] = _troops[r][t] > 0 ? current : 0;
                current = MilitiaIntensity.NextExcitation(current, decay, hawkes.Alpha, _observedDaily![r][t]);
            }
        }

        return h;
    }

    /// <summary>One militia row in day indices.</summary>
    private sealed record Row(Observation Observation, int First, int Last, int[] Regions, bool IsDayRow)
    {
        public long Count => Observation.Count;
    }

    /// <summary>The escalation chain as a transition matrix, as the engine moves it.</summary>
    private sealed record Chain(int States, int Initial, double[] Multiplier, double[,] Transition, int[] Index)
    {
        public static Chain? From(EscalationChain? chain)
        {
            if (chain is null)
            {
                return new Chain(1, 0, [1.0], new double[,] { { 1.0 } }, []);
            }

            int k = chain.States.Count;
            var names = chain.States.Select(s => s.Name).ToList();
            var transition = new double[k, k];
            var multiplier = new double[k];
            for (int s = 0; s < k; s++)
            {
                var state = chain.States[s];
                if (!(state.MilitiaMultiplier >= 0) || state.MeanDurationDays is < 1 || state.MeanDurationDays is double.NaN)
                {
                    return null;
                }

                multiplier[s] = state.MilitiaMultiplier;
                double leave = ScenarioCompiler.LeaveProbability(state.MeanDurationDays);
                var next = state.Next.Where(n => n.Weight > 0).ToArray();
                double total = next.Sum(n => n.Weight);
                if (next.Length == 0)
                {
                    // The engine moves nowhere when there is no target: the chain stays.
                    leave = 0;
                }

                transition[s, s] = 1 - leave;
                foreach (var n in next)
                {
                    transition[s, names.IndexOf(n.To)] += leave * n.Weight / total;
                }
            }

            return new Chain(k, names.IndexOf(chain.Initial), multiplier, transition, []);
        }
    }

    /// <summary>One evaluation of the forward algorithm.</summary>
    private sealed class ForwardPass(
        MilitiaLikelihood owner, Chain chain, double[][] baseIntensity, double[][]? excitation, ObservationModel model, double size)
    {
        private readonly List<int> _openRows = [];
        private readonly List<int> _sizes = [];
        private double[] _mass = [];
        private double[] _pmf = new double[16];
        private double[] _scratch = new double[16];
        private int _cells = 1;
        private double _logFactor;

        /// <summary>The day on which the data became impossible (or underflowed), −1 when none did.</summary>
        public int FailedDay { get; private set; } = -1;

        /// <summary>After <see cref="Run"/>: the state distribution of the last day, summed over open rows' counts.</summary>
        public double[] StateProbabilities()
        {
            var result = new double[chain.States];
            double total = 0;
            for (int i = 0; i < _mass.Length; i++)
            {
                result[i / _cells] += _mass[i];
                total += _mass[i];
            }

            for (int s = 0; s < result.Length; s++)
            {
                result[s] = total > 0 ? result[s] / total : double.NaN;
            }

            return result;
        }

        public double Run()
        {
            int k = chain.States;
            _mass = new double[k];
            _mass[chain.Initial] = 1;
            double logLikelihood = 0;
            for (int t = 0; t < owner._days; t++)
            {
                if (t > 0 && k > 1)
                {
                    Transition();
                }

                if (owner._forcedState[t] >= 0)
                {
                    Force(owner._forcedState[t]);
                }

                foreach (int j in owner._opening[t])
                {
                    Open(j);
                }

                foreach (int j in owner._dayRows[t])
                {
                    ApplyDayRow(owner._rows[j], t);
                }

                foreach (int j in owner._active[t])
                {
                    Convolve(j, t);
                }

                foreach (int j in owner._closing[t])
                {
                    Close(j);
                }

                double total = 0;
                for (int i = 0; i < _mass.Length; i++)
                {
                    total += _mass[i];
                }

                if (!(total > 0) || double.IsInfinity(total))
                {
                    FailedDay = t;
                    return double.NegativeInfinity;
                }

                if (total != 1)
                {
                    logLikelihood += Math.Log(total);
                    double scale = 1 / total;
                    for (int i = 0; i < _mass.Length; i++)
                    {
                        _mass[i] *= scale;
                    }
                }
            }

            return logLikelihood + _logFactor;
        }

        /// <summary>λ_r(t) in state s; both terms are 0 on days without troops.</summary>
        private double Lambda(int r, int t, int s) =>
            MilitiaIntensity.Of(baseIntensity[r][t], chain.Multiplier[s], excitation?[r][t] ?? 0);

        private void Transition()
        {
            int k = chain.States;
            var next = new double[_mass.Length];
            for (int from = 0; from < k; from++)
            {
                for (int to = 0; to < k; to++)
                {
                    double p = chain.Transition[from, to];
                    if (p == 0)
                    {
                        continue;
                    }

                    int a = from * _cells;
                    int b = to * _cells;
                    for (int q = 0; q < _cells; q++)
                    {
                        next[b + q] += _mass[a + q] * p;
                    }
                }
            }

            _mass = next;
        }

        private void Force(int state)
        {
            for (int s = 0; s < chain.States; s++)
            {
                if (s == state)
                {
                    continue;
                }

                for (int q = 0; q < _cells; q++)
                {
                    _mass[(state * _cells) + q] += _mass[(s * _cells) + q];
                    _mass[(s * _cells) + q] = 0;
                }
            }
        }

        /// <summary>Adds the row's running count as the last dimension, all mass at 0.</summary>
        private void Open(int j)
        {
            int n = checked((int)owner._rows[j].Count + 1);
            var next = new double[_mass.Length * n];
            for (int i = 0; i < _mass.Length; i++)
            {
                next[i * n] = _mass[i];
            }

            _mass = next;
            _cells *= n;
            _openRows.Add(j);
            _sizes.Add(n);
        }

        /// <summary>Keeps only the cells where the row's count equals its observation, dropping its dimension.</summary>
        private void Close(int j)
        {
            int d = _openRows.IndexOf(j);
            int n = _sizes[d];
            int stride = Stride(d);
            int y = n - 1;
            int outer = _mass.Length / (n * stride);
            var next = new double[outer * stride];
            for (int o = 0; o < outer; o++)
            {
                Array.Copy(_mass, (o * n * stride) + (y * stride), next, o * stride, stride);
            }

            _mass = next;
            _cells /= n;
            _openRows.RemoveAt(d);
            _sizes.RemoveAt(d);
        }

        private int Stride(int d)
        {
            int stride = 1;
            for (int e = d + 1; e < _sizes.Count; e++)
            {
                stride *= _sizes[e];
            }

            return stride;
        }

        /// <summary>
        /// Multiplies in the day row's probability in each state, in log space relative to the most likely
        /// state, so a count far in the tail (hundreds of attacks on a quiet day) does not underflow.
        /// </summary>
        private void ApplyDayRow(Row row, int t)
        {
            int k = chain.States;
            Span<double> log = k <= 64 ? stackalloc double[k] : new double[k];
            double top = double.NegativeInfinity;
            for (int s = 0; s < k; s++)
            {
                // Relative to the likeliest state that has mass: an unreachable state must not set the scale.
                log[s] = DaySumLogProbability(row.Regions, t, s, row.Count);
                top = HasMass(s) ? Math.Max(top, log[s]) : top;
            }

            if (double.IsNegativeInfinity(top))
            {
                Array.Clear(_mass);
                return;
            }

            _logFactor += top;
            if (k == 1)
            {
                // One state: the factor is all in the log-likelihood.
                return;
            }

            for (int s = 0; s < k; s++)
            {
                double p = Math.Exp(log[s] - top);
                int a = s * _cells;
                for (int q = 0; q < _cells; q++)
                {
                    _mass[a + q] *= p;
                }
            }
        }

        private bool HasMass(int s)
        {
            for (int q = s * _cells, end = q + _cells; q < end; q++)
            {
                if (_mass[q] > 0)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>ln P(the regions' counts on day t sum to y | state s).</summary>
        private double DaySumLogProbability(int[] regions, int t, int s, long y)
        {
            if (model == ObservationModel.Poisson)
            {
                double mean = 0;
                foreach (int r in regions)
                {
                    mean += Lambda(r, t, s);
                }

                return CountProbability.PoissonLog(y, mean);
            }

            if (regions.Length == 1)
            {
                return CountProbability.NegativeBinomialLog(y, Lambda(regions[0], t, s), size);
            }

            // Several regions: convolve their pmfs; the constructor has bounded y by the table limit.
            int n = (int)y + 1;
            EnsureCapacity(n);
            Array.Clear(_scratch, 0, n);
            _scratch[0] = 1;
            foreach (int r in regions)
            {
                FillPmf(Lambda(r, t, s), n);
                ConvolveLine(_scratch, 0, 1, n);
            }

            return Math.Log(_scratch[n - 1]);
        }

        /// <summary>Convolves the open row j's dimension with the day's count distribution in its regions.</summary>
        private void Convolve(int j, int t)
        {
            var row = owner._rows[j];
            int d = _openRows.IndexOf(j);
            int n = _sizes[d];
            int stride = Stride(d);
            int blocks = _cells / (n * stride);
            EnsureCapacity(n);
            for (int s = 0; s < chain.States; s++)
            {
                if (model == ObservationModel.Poisson)
                {
                    double mean = 0;
                    foreach (int r in row.Regions)
                    {
                        mean += Lambda(r, t, s);
                    }

                    if (mean > 0)
                    {
                        FillPmf(mean, n);
                        ConvolveBlock(s, blocks, n, stride);
                    }

                    continue;
                }

                foreach (int r in row.Regions)
                {
                    double mean = Lambda(r, t, s);
                    if (mean > 0)
                    {
                        FillPmf(mean, n);
                        ConvolveBlock(s, blocks, n, stride);
                    }
                }
            }
        }

        private void ConvolveBlock(int s, int blocks, int n, int stride)
        {
            int offset = s * _cells;
            for (int o = 0; o < blocks; o++)
            {
                for (int i = 0; i < stride; i++)
                {
                    ConvolveLine(_mass, offset + (o * n * stride) + i, stride, n);
                }
            }
        }

        /// <summary>In place: line[c] = Σ_{k ≤ c} line[c − k]·pmf[k], from the top down so inputs are read before they are overwritten.</summary>
        private void ConvolveLine(double[] data, int start, int stride, int n)
        {
            var pmf = _pmf;
            for (int c = n - 1; c >= 0; c--)
            {
                double sum = 0;
                int index = start + (c * stride);
                for (int k = 0; k <= c; k++, index -= stride)
                {
                    sum += data[index] * pmf[k];
                }

                data[start + (c * stride)] = sum;
            }
        }

        /// <summary>The region-day count distribution with the given mean, for counts 0 … n − 1.</summary>
        private void FillPmf(double mean, int n)
        {
            if (model == ObservationModel.Poisson || size > CountProbability.PoissonLimitSize)
            {
                _pmf[0] = Math.Exp(-mean);
                for (int c = 1; c < n; c++)
                {
                    _pmf[c] = _pmf[c - 1] * mean / c;
                }

                if (_pmf[0] == 0)
                {
                    // exp(−mean) underflows for huge means: fall back to log space.
                    for (int c = 0; c < n; c++)
                    {
                        _pmf[c] = Math.Exp(CountProbability.PoissonLog(c, mean));
                    }
                }

                return;
            }

            // Gamma-Poisson by its recursion P(c) = P(c − 1)·(c − 1 + κ)/c · μ/(κ + μ), from P(0) = (1 + μ/κ)^−κ.
            _pmf[0] = CountProbability.NegativeBinomialZero(mean, size);
            double ratio = mean / (size + mean);
            for (int c = 1; c < n; c++)
            {
                _pmf[c] = _pmf[c - 1] * (c - 1 + size) / c * ratio;
            }

            if (_pmf[0] == 0)
            {
                for (int c = 0; c < n; c++)
                {
                    _pmf[c] = Math.Exp(CountProbability.NegativeBinomialLog(c, mean, size));
                }
            }
        }

        private void EnsureCapacity(int n)
        {
            if (_pmf.Length < n)
            {
                _pmf = new double[n * 2];
                _scratch = new double[n * 2];
            }
        }
    }
}
