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
internal sealed partial class MilitiaLikelihood
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
    /// <exception cref="InvalidInputException">The data cannot be used (named by line).</exception>
    /// <exception cref="InvalidInputException">The scenario has random troop levels or random militia events.</exception>
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
            throw new InvalidInputException([Diagnostic.InFile(data.File, 0, "the data has no militia_attacks rows to fit")]);
        }

        int start = scenario.Start.DayNumber;
        _days = Math.Max(rows.Max(r => r.Last.DayNumber - start), (through?.DayNumber ?? start) - start) + 1;
        _regions = scenario.Regions.Count;
        // The engine's own compiled form; without uncertain parameters every region's troops are tabulated.
        var compiled = ScenarioCompiler.Compile(scenario with { Uncertainties = [], Correlations = [] });
        _troops = Enumerable.Range(0, _regions).Select(r => Enumerable.Range(0, _days).Select(t => compiled.Forces.TroopsOn(t, r)).ToArray()).ToArray();
        (_eventFactor, _forcedState) = DeterministicEvents(compiled, _days);
        _rows = rows.Select(o => new Row(o, o.First.DayNumber - start, o.Last.DayNumber - start, o.Regions.ToArray(),
            dailyShortcut && o.IsDaily)).ToArray();
        HasHawkes = scenario.Militia.Hawkes is not null;
        IsDaily = _rows.All(r => r.Observation.IsDaily && r.Regions.Length == 1);

        var problems = new List<Diagnostic>();
        CheckFeasible(data.File, problems);
        if (HasHawkes)
        {
            _observedDaily = ObservedDaily(scenario, data.File, problems);
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
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
    internal Diagnostic DescribeFailure(string file, Scenario parameters, ObservationModel model, double negativeBinomialSize)
    {
        var chain = Chain.From(parameters.Escalation);
        var baseIntensity = BaseIntensity(parameters);
        var hawkes = parameters.Militia.Hawkes;
        if (chain is null || baseIntensity is null)
        {
            return Diagnostic.InFile(file, 0, "the likelihood could not be evaluated: the fit reached invalid parameter values; narrow the --fit ranges");
        }

        var excitation = hawkes is null || _observedDaily is null ? null : Excitation(hawkes);
        var pass = new ForwardPass(this, chain, baseIntensity, excitation, model, negativeBinomialSize);
        pass.Run();
        if (pass.FailedDay < 0)
        {
            return Diagnostic.InFile(file, 0, "the likelihood is not finite for any parameter value tried; narrow the --fit ranges or check the data");
        }

        int t = pass.FailedDay;
        var row = _dayRows[t].Concat(_closing[t]).Concat(_active[t]).Select(j => _rows[j]).MaxBy(r => r.Count);
        if (row is null)
        {
            return Diagnostic.InFile(file, 0, $"the likelihood fails numerically on {_structure.Start.AddDays(t):yyyy-MM-dd} for every parameter value tried; narrow the --fit ranges or check the data");
        }

        return Diagnostic.InFile(file, row.Observation.Line,
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
}
