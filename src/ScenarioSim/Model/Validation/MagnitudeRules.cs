using ScenarioSim.Input;
using static ScenarioSim.Model.Validation.DiagnosticList;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// Bounds on products of values that each pass their own rule (docs/model.md §4, §6, §7): the largest
/// daily militia intensity of a region (base rate × largest escalation multiplier × largest exposure
/// × every militia event multiplier at once / (1 − n), times the extra deaths per fatal attack), the
/// largest daily recruitment (ρ × every recruitment multiplier × K / 4), the sum of inflows, the
/// largest pool they allow and the largest daily ISIS attacks of a region. Uncertain parameters count
/// at their largest (or, for exposure_ref, smallest) value a draw can take. Checked only once every
/// value has passed its own rule, so the products are of valid numbers.
/// </summary>
internal sealed class MagnitudeRules
{
    /// <summary>The largest uniform a draw can use, so the largest quantile of an unbounded distribution.</summary>
    private const double LargestUniform = 1 - 1.1102230246251565E-16;

    private readonly Scenario _scenario;
    private readonly Dictionary<string, Distribution> _uncertain;
    private readonly DiagnosticList _problems;
    private Dictionary<(EffectTarget, string), double>? _multipliers;

    private MagnitudeRules(Scenario scenario, DiagnosticList problems)
    {
        _scenario = scenario;
        _problems = problems;
        _uncertain = new Dictionary<string, Distribution>(StringComparer.Ordinal);
        foreach (var u in scenario.Uncertainties)
        {
            _uncertain.TryAdd(ScenarioParameters.Normalize(scenario, u.Path), u.Distribution);
        }
    }

    public static void Check(Scenario scenario, DiagnosticList problems)
    {
        var rules = new MagnitudeRules(scenario, problems);
        rules.CheckMilitia();
        rules.CheckIsis();
    }

    private void CheckMilitia()
    {
        double multiplier = _scenario.Escalation is { States.Count: > 0 } escalation
            ? Enumerable.Range(0, escalation.States.Count).Max(i => High($"escalation.states[{i}].militia_multiplier", escalation.States[i].MilitiaMultiplier))
            : 1;
        double hawkes = 1;
        if (_scenario.Militia.Hawkes is { } h)
        {
            double n = High("militia.hawkes.alpha", h.Alpha) / (1 - Math.Exp(-1 / High("militia.hawkes.decay_days", h.DecayDays)));
            hawkes = n < 1 ? 1 / (1 - n) : double.PositiveInfinity;
        }

        double extra = Math.Max(1, High("militia.casualties.extra_deaths_mean", _scenario.Militia.Casualties.ExtraDeathsMean));
        for (int r = 0; r < _scenario.Regions.Count; r++)
        {
            var region = _scenario.Regions[r];
            if (region.Militia is not { } militia)
            {
                continue;
            }

            string at = $"regions[{r}].militia";
            double troops = 0;
            for (int f = 0; f < _scenario.Forces.Count; f++)
            {
                var force = _scenario.Forces[f];
                if (force.Region == region.Id)
                {
                    troops += Enumerable.Range(0, force.Schedule.Count).Max(b => High($"forces[{f}].schedule[{b}].troops", force.Schedule[b].Troops));
                }
            }

            double baseRate = High($"{at}.base_rate", militia.BaseRate);
            if (troops <= 0 || baseRate <= 0 || multiplier <= 0)
            {
                continue;
            }

            double ratio = troops / Low($"{at}.exposure_ref", militia.ExposureRef);
            double exposure = Math.Pow(ratio, ratio >= 1
                ? High($"{at}.exposure_elasticity", militia.ExposureElasticity)
                : Low($"{at}.exposure_elasticity", militia.ExposureElasticity));
            double events = EventMultipliers(EffectTarget.MilitiaBaseRate, region.Id);
            double bound = baseRate * multiplier * exposure * events * hawkes * extra;
            if (!(bound <= InputLimits.MaxDailyMean))
            {
                _problems.Add(
                    $"{at}.base_rate",
                    $"{at}.base_rate: the largest daily militia intensity of region '{region.Id}' would be {Number(bound)} attacks a day " +
                    $"(base_rate {Number(baseRate)} × largest escalation militia_multiplier {Number(multiplier)} × largest exposure " +
                    $"(troops {Number(troops)} / exposure_ref)^exposure_elasticity = {Number(exposure)} × militia.base_rate event multipliers " +
                    $"{Number(events)} × Hawkes 1/(1 − n) {Number(hawkes)} × extra_deaths_mean {Number(extra)}), but at most " +
                    $"{Number(InputLimits.MaxDailyMean)} is allowed; lower one of these values");
            }
        }
    }

    private void CheckIsis()
    {
        if (_scenario.Isis is not { } isis)
        {
            return;
        }

        double multipliers = EventMultipliers(EffectTarget.IsisRecruitment, null);
        double rate = High("isis.recruitment_rate", isis.RecruitmentRate);
        double capacity = High("isis.carrying_capacity", isis.CarryingCapacity);
        double recruits = rate * multipliers * capacity / 4;
        if (!(recruits <= InputLimits.MaxDailyMean))
        {
            _problems.Add(
                "isis.recruitment_rate",
                $"isis.recruitment_rate: the largest daily recruitment would be {Number(recruits)} fighters (recruitment_rate {Number(rate)} × " +
                $"isis.recruitment event multipliers {Number(multipliers)} × carrying_capacity {Number(capacity)} / 4), but at most " +
                $"{Number(InputLimits.MaxDailyMean)} is allowed; lower one of these values");
            return;
        }

        double inflow = 0;
        double added = 0;
        string? firstInflow = null;
        for (int e = 0; e < _scenario.Events.Count; e++)
        {
            var effects = _scenario.Events[e].Effects;
            for (int i = 0; i < effects.Count; i++)
            {
                string path = $"events[{e}].effects[{i}].add";
                if (effects[i].Target == EffectTarget.IsisInflow)
                {
                    inflow += High(path, effects[i].Add ?? 0);
                    firstInflow ??= path;
                }
                else if (effects[i].Target == EffectTarget.IsisFighters)
                {
                    added += Math.Max(0, High(path, effects[i].Add ?? 0));
                }
            }
        }

        if (!(inflow <= InputLimits.MaxDailyMean))
        {
            _problems.Add(
                firstInflow!,
                $"{firstInflow}: the isis.inflow effects add up to {Number(inflow)} fighters a day, but at most " +
                $"{Number(InputLimits.MaxDailyMean)} is allowed");
            return;
        }

        double initial = High("isis.initial_fighters", isis.InitialFighters);
        double pool = Math.Max(initial + added, capacity) + (_scenario.Days * (recruits + inflow));
        if (!(pool <= InputLimits.MaxFighters))
        {
            string key = capacity >= initial + added ? "isis.carrying_capacity" : "isis.initial_fighters";
            _problems.Add(
                key,
                $"{key}: the ISIS pool could reach {Number(pool)} fighters (the larger of initial_fighters plus isis.fighters " +
                $"additions, {Number(initial + added)}, and carrying_capacity, {Number(capacity)}, plus {_scenario.Days} days of recruits and inflow " +
                $"at their largest), but at most {Number(InputLimits.MaxFighters)} are allowed; lower one of these values");
            return;
        }

        double perFighter = High("isis.attacks_per_1000_fighters_per_day", isis.AttacksPer1000FightersPerDay) * pool / 1000;
        for (int r = 0; r < _scenario.Regions.Count; r++)
        {
            if (_scenario.Regions[r].Isis is not { } share)
            {
                continue;
            }

            string at = $"regions[{r}].isis";
            double attacks = perFighter * High($"{at}.activity_share", share.ActivityShare) * High($"{at}.governance_gap", share.GovernanceGap);
            if (!(attacks <= InputLimits.MaxDailyMean))
            {
                _problems.Add(
                    $"{at}.activity_share",
                    $"{at}.activity_share: the largest daily ISIS attacks of region '{_scenario.Regions[r].Id}' would be {Number(attacks)} " +
                    $"(isis.attacks_per_1000_fighters_per_day × the largest pool, {Number(pool)} fighters, / 1000 × activity_share × governance_gap), " +
                    $"but at most {Number(InputLimits.MaxDailyMean)} is allowed; lower one of these values");
            }
        }
    }

    /// <summary>The product of every multiplier above 1 of effects on <paramref name="target"/> (in <paramref name="regionId"/> or all regions): all may overlap.</summary>
    private double EventMultipliers(EffectTarget target, string? regionId)
    {
        _multipliers ??= Multipliers();
        double everywhere = _multipliers.GetValueOrDefault((target, string.Empty), 1);
        return regionId is null ? everywhere : everywhere * _multipliers.GetValueOrDefault((target, regionId), 1);
    }

    /// <summary>Per target and region ("" for every region), the product of the multipliers above 1 of its effects, in one pass over the events.</summary>
    private Dictionary<(EffectTarget, string), double> Multipliers()
    {
        var products = new Dictionary<(EffectTarget, string), double>();
        for (int e = 0; e < _scenario.Events.Count; e++)
        {
            var effects = _scenario.Events[e].Effects;
            for (int i = 0; i < effects.Count; i++)
            {
                var effect = effects[i];
                if (effect.Multiply is double multiply)
                {
                    var key = (effect.Target, effect.Region ?? string.Empty);
                    products[key] = products.GetValueOrDefault(key, 1) * Math.Max(1, High($"events[{e}].effects[{i}].multiply", multiply));
                }
            }
        }

        return products;
    }

    /// <summary>The largest value the parameter at <paramref name="path"/> can take: its nominal value, or its distribution's largest draw.</summary>
    private double High(string path, double nominal) =>
        _uncertain.TryGetValue(path, out var d)
            ? Math.Max(nominal, double.IsPositiveInfinity(d.Maximum) ? d.Quantile(LargestUniform) : d.Maximum)
            : nominal;

    /// <summary>The smallest value the parameter at <paramref name="path"/> can take.</summary>
    private double Low(string path, double nominal) =>
        _uncertain.TryGetValue(path, out var d)
            ? Math.Min(nominal, double.IsNegativeInfinity(d.Minimum) ? d.Quantile(1 - LargestUniform) : d.Minimum)
            : nominal;
}
