using System.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Randomness;

namespace ScenarioSim.Engine;

/// <summary>
/// One lane's parameter set (docs/model.md, section 10, "Uncertain parameters"): every value an uncertain
/// parameter can change, and the quantities derived from them, starting as the compiled scenario's.
/// Each replication's draws are written in place with <see cref="Set"/>, then <see cref="Derive"/>
/// recomputes what depends on them with the compiler's own functions, so a lane holds exactly what
/// compiling the scenario with its values would give, with no model records, compilation or allocation.
/// </summary>
/// <remarks>Allocated once per lane of a <see cref="BlockState"/> and reused for every block; not thread-safe.</remarks>
internal sealed class LaneParameters
{
    private readonly bool[] _hasIsis;
    private readonly EffectTarget[] _effectTargets;
    private bool _staleLog1mPFatal;
    private bool _staleDecay;
    private bool _staleLeave;
    private bool _staleCumulative;
    private bool _staleIsf;
    private bool _staleAttackRates;

    public LaneParameters(CompiledScenario c)
    {
        var source = c.Source;
        var slots = c.Uncertainties.Select(u => u.Slot).ToArray();
        BaseRate = [.. c.Militia.BaseRate];
        ExposureRef = [.. c.Militia.ExposureRef];
        ExposureElasticity = [.. c.Militia.ExposureElasticity];
        _hasIsis = source.Regions.Select(r => r.Isis is not null).ToArray();
        ActivityShare = source.Regions.Select(r => r.Isis?.ActivityShare ?? 0).ToArray();
        GovernanceGap = source.Regions.Select(r => r.Isis?.GovernanceGap ?? 0).ToArray();
        AttacksPer1000 = source.Isis?.AttacksPer1000FightersPerDay ?? 0;
        IsisAttackRatePerFighter = [.. c.Isis.AttackRatePerFighter];
        MeanDurationDays = source.Escalation?.States.Select(st => st.MeanDurationDays).ToArray() ?? [null];
        LeaveProbability = [.. c.Escalation.LeaveProbability];
        MilitiaMultiplier = [.. c.Escalation.MilitiaMultiplier];
        NextWeight = c.Escalation.NextSource.Select((moves, st) => moves.Select(k => source.Escalation!.States[st].Next[k].Weight).ToArray()).ToArray();
        NextCumulative = c.Escalation.NextCumulative.Select(next => (double[])next.Clone()).ToArray();
        PFatal = c.Militia.PFatal;
        Log1mPFatal = c.Militia.Log1mPFatal;
        ExtraDeathsMean = c.Militia.ExtraDeathsMean;
        HawkesAlpha = c.Militia.HawkesAlpha;
        HawkesDecayDays = source.Militia.Hawkes?.DecayDays ?? 0;
        HawkesDecayFactor = c.Militia.HawkesDecayFactor;
        InitialFighters = c.Isis.InitialFighters;
        CarryingCapacity = c.Isis.CarryingCapacity;
        RecruitmentRate = c.Isis.RecruitmentRate;
        AttritionBase = c.Isis.AttritionBase;
        AttritionCt = c.Isis.AttritionCt;
        IsfStart = source.Isis?.IsfCapacity.Start ?? 0;
        IsfMax = source.Isis?.IsfCapacity.Max ?? 0;
        IsfGrowthPerYear = source.Isis?.IsfCapacity.GrowthPerYear ?? 0;

        // The long tables are shared with the compiled scenario unless a draw changes them.
        IsfCapacityByDay = slots.Any(f => f.Field is ParameterField.IsfStart or ParameterField.IsfMax or ParameterField.IsfGrowthPerYear)
            ? [.. c.Isis.IsfCapacityByDay]
            : c.Isis.IsfCapacityByDay;
        EnablerWeight = c.Isis.EnablerWeight;
        EnablerTroopsRef = c.Isis.EnablerTroopsRef;
        ResurgenceThreshold = c.Isis.ResurgenceThreshold;
        ForceTroops = c.Forces.Deployments
            .Select((f, i) => slots.Any(p => p.Field == ParameterField.ScheduleTroops && p.Index == i) ? [.. f.Troops] : f.Troops)
            .ToArray();
        EventProbability = c.Events.Items.Select(e => e.Probability).ToArray();
        EffectValue = c.Events.Items.SelectMany(e => e.Effects).Select(x => x.Value).ToArray();
        EffectDurationDays = c.Events.Items.SelectMany(e => e.Effects).Select(x => x.DurationDays).ToArray();
        _effectTargets = c.Events.Items.SelectMany(e => e.Effects).Select(x => x.Target).ToArray();
        PauseThreshold = c.PauseThreshold;
        PauseDays = c.PauseDays;
    }

    // Regions.
    public double[] BaseRate { get; }

    public double[] ExposureRef { get; }

    public double[] ExposureElasticity { get; }

    public double[] ActivityShare { get; }

    public double[] GovernanceGap { get; }

    public double AttacksPer1000 { get; private set; }

    /// <summary>Derived: per region, attacks per fighter per day.</summary>
    public double[] IsisAttackRatePerFighter { get; }

    // Escalation, per state.
    public double?[] MeanDurationDays { get; }

    /// <summary>Derived from <see cref="MeanDurationDays"/>.</summary>
    public double[] LeaveProbability { get; }

    public double[] MilitiaMultiplier { get; }

    /// <summary>Per state, the weights of its compiled moves (<see cref="CompiledEscalation.NextSource"/>).</summary>
    public double[][] NextWeight { get; }

    /// <summary>Derived from <see cref="NextWeight"/>.</summary>
    public double[][] NextCumulative { get; }

    // Militia.
    public double PFatal { get; private set; }

    /// <summary>Derived: ln(1 − p_fatal).</summary>
    public double Log1mPFatal { get; private set; }

    public double ExtraDeathsMean { get; private set; }

    public double HawkesAlpha { get; private set; }

    public double HawkesDecayDays { get; private set; }

    /// <summary>Derived: exp(−1/decay_days).</summary>
    public double HawkesDecayFactor { get; private set; }

    // ISIS.
    public long InitialFighters { get; private set; }

    public double CarryingCapacity { get; private set; }

    public double RecruitmentRate { get; private set; }

    public double AttritionBase { get; private set; }

    public double AttritionCt { get; private set; }

    public double IsfStart { get; private set; }

    public double IsfMax { get; private set; }

    public double IsfGrowthPerYear { get; private set; }

    /// <summary>Derived: ISF capacity I(t) for every day.</summary>
    public double[] IsfCapacityByDay { get; }

    public double EnablerWeight { get; private set; }

    public double EnablerTroopsRef { get; private set; }

    public long ResurgenceThreshold { get; private set; }

    // Forces, events and the pause policy.

    /// <summary>Per force, troops at each breakpoint.</summary>
    public double[][] ForceTroops { get; }

    public double[] EventProbability { get; }

    /// <summary>Per effect (all events' effects in order), its multiply or add amount.</summary>
    public double[] EffectValue { get; }

    /// <summary>Per effect, the days it lasts (see <see cref="ScenarioCompiler.EffectDuration"/>).</summary>
    public int[] EffectDurationDays { get; }

    public double PauseThreshold { get; private set; }

    public int PauseDays { get; private set; }

    /// <summary>
    /// Sets the parameter in <paramref name="slot"/> to <paramref name="value"/>, as
    /// <see cref="ScenarioParameters.With"/> would (whole-number parameters rounded half away from zero).
    /// Quantities derived from it are stale until <see cref="Derive"/>.
    /// </summary>
    public void Set(ParameterSlot slot, double value)
    {
        int i = slot.Index;
        if (slot.IsWhole)
        {
            value = ParameterTable.Whole(value);
        }

        switch (slot.Field)
        {
            case ParameterField.RegionBaseRate: BaseRate[i] = value; break;
            case ParameterField.RegionExposureRef: ExposureRef[i] = value; break;
            case ParameterField.RegionExposureElasticity: ExposureElasticity[i] = value; break;
            case ParameterField.RegionActivityShare: ActivityShare[i] = value; _staleAttackRates = true; break;
            case ParameterField.RegionGovernanceGap: GovernanceGap[i] = value; _staleAttackRates = true; break;
            case ParameterField.ScheduleTroops: ForceTroops[i][slot.Item] = value; break;
            case ParameterField.StateMeanDuration: MeanDurationDays[i] = value; _staleLeave = true; break;
            case ParameterField.StateMilitiaMultiplier: MilitiaMultiplier[i] = value; break;
            case ParameterField.NextWeight: NextWeight[i][slot.Item] = value; _staleCumulative = true; break;
            case ParameterField.PFatal: PFatal = value; _staleLog1mPFatal = true; break;
            case ParameterField.ExtraDeathsMean: ExtraDeathsMean = value; break;
            case ParameterField.HawkesAlpha: HawkesAlpha = value; break;
            case ParameterField.HawkesDecayDays: HawkesDecayDays = value; _staleDecay = true; break;
            case ParameterField.InitialFighters: InitialFighters = (long)value; break;
            case ParameterField.CarryingCapacity: CarryingCapacity = value; break;
            case ParameterField.RecruitmentRate: RecruitmentRate = value; break;
            case ParameterField.AttritionBase: AttritionBase = value; break;
            case ParameterField.AttritionCt: AttritionCt = value; break;
            case ParameterField.IsfStart: IsfStart = value; _staleIsf = true; break;
            case ParameterField.IsfMax: IsfMax = value; _staleIsf = true; break;
            case ParameterField.IsfGrowthPerYear: IsfGrowthPerYear = value; _staleIsf = true; break;
            case ParameterField.EnablerWeight: EnablerWeight = value; break;
            case ParameterField.EnablerTroopsRef: EnablerTroopsRef = value; break;
            case ParameterField.ResurgenceThreshold: ResurgenceThreshold = (long)value; break;
            case ParameterField.AttacksPer1000: AttacksPer1000 = value; _staleAttackRates = true; break;
            case ParameterField.EventProbability: EventProbability[i] = value; break;

            // A validated effect has exactly the amount its target takes, so the draw is the amount.
            case ParameterField.EffectMultiply or ParameterField.EffectAdd: EffectValue[i] = value; break;
            case ParameterField.EffectDuration:
                EffectDurationDays[i] = ScenarioCompiler.EffectDuration(_effectTargets[i], (int)value);
                break;
            case ParameterField.PauseThreshold: PauseThreshold = value; break;
            case ParameterField.PauseDays: PauseDays = (int)value; break;
            default: throw new UnreachableException($"No lane value for {slot.Field}.");
        }
    }

    /// <summary>Recomputes the quantities derived from parameters set since the last call, with the compiler's functions.</summary>
    public void Derive()
    {
        if (_staleLog1mPFatal)
        {
            Log1mPFatal = Log1P.Of(-PFatal);
            _staleLog1mPFatal = false;
        }

        if (_staleDecay)
        {
            HawkesDecayFactor = ScenarioCompiler.HawkesDecayFactor(HawkesDecayDays);
            _staleDecay = false;
        }

        if (_staleLeave)
        {
            for (int st = 0; st < LeaveProbability.Length; st++)
            {
                LeaveProbability[st] = EscalationMoves.LeaveProbability(MeanDurationDays[st]);
            }

            _staleLeave = false;
        }

        if (_staleCumulative)
        {
            for (int st = 0; st < NextCumulative.Length; st++)
            {
                EscalationMoves.CumulativeWeights(NextWeight[st], NextCumulative[st]);
            }

            _staleCumulative = false;
        }

        if (_staleIsf)
        {
            ScenarioCompiler.IsfCapacityPath(IsfStart, IsfMax, IsfGrowthPerYear, IsfCapacityByDay);
            _staleIsf = false;
        }

        if (_staleAttackRates)
        {
            double perFighter = ScenarioCompiler.AttacksPerFighter(AttacksPer1000);
            for (int r = 0; r < IsisAttackRatePerFighter.Length; r++)
            {
                if (_hasIsis[r])
                {
                    IsisAttackRatePerFighter[r] = ScenarioCompiler.IsisAttackRate(perFighter, ActivityShare[r], GovernanceGap[r]);
                }
            }

            _staleAttackRates = false;
        }
    }

    /// <summary>A vector of one parameter (item <paramref name="index"/> where it is per region, state…) across the lanes' parameter sets.</summary>
    public static BlockVector Gather(LaneParameters[] lanes, int index, Func<LaneParameters, int, double> value)
    {
        Span<double> values = stackalloc double[BlockState.Lanes];
        for (int lane = 0; lane < values.Length; lane++)
        {
            values[lane] = value(lanes[lane], index);
        }

        return BlockVector.Create(values);
    }

    /// <summary>A vector of one parameter held per item of a list (<paramref name="item"/> of <paramref name="index"/>) across the lanes' parameter sets.</summary>
    public static BlockVector Gather(LaneParameters[] lanes, int index, int item, Func<LaneParameters, int, int, double> value)
    {
        Span<double> values = stackalloc double[BlockState.Lanes];
        for (int lane = 0; lane < values.Length; lane++)
        {
            values[lane] = value(lanes[lane], index, item);
        }

        return BlockVector.Create(values);
    }
}
