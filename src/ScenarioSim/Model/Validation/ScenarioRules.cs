using ScenarioSim.Diagnostics;
using ScenarioSim.Input;
using ScenarioSim.Results;
using static ScenarioSim.Model.Validation.DiagnosticList;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// The scenario rules of SPEC sections 1–6, checked in model order. Paths use the YAML spelling of
/// keys and indices into the model's lists.
/// </summary>
internal sealed class ScenarioRules
{
    /// <summary>The longest run allowed, in days (about a century).</summary>
    public const int MaxDays = InputLimits.MaxDays;

    private readonly Scenario _scenario;
    private readonly DiagnosticList _problems = new();
    private readonly List<string> _regionIds;
    private readonly HashSet<string> _regionIdSet;
    private readonly List<string> _stateNames;

    private ScenarioRules(Scenario scenario)
    {
        _scenario = scenario;
        _regionIds = scenario.Regions.Where(r => r is not null && !string.IsNullOrWhiteSpace(r.Id))
            .Select(r => r.Id).Distinct(StringComparer.Ordinal).ToList();
        _regionIdSet = new HashSet<string>(_regionIds, StringComparer.Ordinal);
        _stateNames = scenario.Escalation?.States.Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Name))
            .Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList() ?? [];
    }

    public static DiagnosticList Check(Scenario scenario) => Check(scenario, RuleSections.All);

    /// <summary>The rules of <paramref name="sections"/> only (the name, dates, run and report rules only with <see cref="RuleSections.All"/>).</summary>
    public static DiagnosticList Check(Scenario scenario, RuleSections sections)
    {
        var rules = new ScenarioRules(scenario);
        rules.CheckSections(sections);
        return rules._problems;
    }

    /// <summary>The block of the rules that check the parameter at <paramref name="path"/> (a path as diagnostics spell it), or <see cref="RuleSections.All"/> when unknown.</summary>
    public static RuleSections SectionOf(string path)
    {
        int end = path.IndexOfAny(['.', '[']);
        return (end < 0 ? path : path[..end]) switch
        {
            "regions" => RuleSections.Regions,
            "forces" => RuleSections.Forces,
            "escalation" => RuleSections.Escalation,
            "militia" => RuleSections.Militia,
            "isis" => RuleSections.Isis,
            "events" => RuleSections.Events,
            "policies" => RuleSections.Policies,
            _ => RuleSections.All,
        };
    }

    private void CheckSections(RuleSections sections)
    {
        if (sections == RuleSections.All)
        {
            _problems.NotEmpty("name", _scenario.Name);
            CheckDates();
            CheckRun();
        }

        Section(RuleSections.Regions, CheckRegions);
        if (sections == RuleSections.All)
        {
            CheckGroups();
        }

        Section(RuleSections.Forces, CheckForces);
        Section(RuleSections.Escalation, CheckEscalation);
        Section(RuleSections.Militia, CheckMilitia);
        Section(RuleSections.Isis, CheckIsis);
        Section(RuleSections.Events, CheckEvents);
        Section(RuleSections.Policies, CheckPolicies);
        if (sections == RuleSections.All)
        {
            CheckReport();
        }

        void Section(RuleSections section, Action check)
        {
            if ((sections & section) != 0)
            {
                check();
            }
        }
    }

    private void CheckDates()
    {
        if (_scenario.End < _scenario.Start)
        {
            _problems.Add("end", $"end ({Date(_scenario.End)}) must not be before start ({Date(_scenario.Start)})");
        }
        else if (_scenario.Days > MaxDays)
        {
            _problems.Add(
                "end",
                $"the run from start {Date(_scenario.Start)} to end {Date(_scenario.End)} has {_scenario.Days} days, " +
                $"but at most {MaxDays} are allowed");
        }
    }

    private void CheckRun()
    {
        if (_scenario.Run.Replications is int replications && replications < 1)
        {
            _problems.Add("run.replications", $"run.replications must be >= 1, but was {replications}");
        }
    }

    private void CheckRegions()
    {
        if (_scenario.Regions.Count == 0)
        {
            _problems.Add("regions", "regions must list at least one region");
            return;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _scenario.Regions.Count; i++)
        {
            Region region = _scenario.Regions[i];
            string path = $"regions[{i}]";
            if (_problems.NotEmpty($"{path}.id", region.Id))
            {
                if (firstIndex.TryGetValue(region.Id, out int first))
                {
                    _problems.Add(
                        $"{path}.id",
                        $"{path}.id '{region.Id}' is already used by regions[{first}]; region ids must be unique");
                }
                else
                {
                    firstIndex.Add(region.Id, i);
                }
            }

            if (region.Militia is { } militia)
            {
                _problems.AtLeast($"{path}.militia.base_rate", militia.BaseRate, 0);
                _problems.Positive($"{path}.militia.exposure_ref", militia.ExposureRef);
                _problems.AtLeast($"{path}.militia.exposure_elasticity", militia.ExposureElasticity, 0);
            }

            if (region.Isis is { } isis)
            {
                _problems.AtLeast($"{path}.isis.activity_share", isis.ActivityShare, 0);
                _problems.AtLeast($"{path}.isis.governance_gap", isis.GovernanceGap, 0);
            }
        }
    }

    /// <summary>
    /// Group names become keys in the outputs (<c>by_group.&lt;name&gt;</c>, <c>group:&lt;name&gt;</c>
    /// rows), so they are plain names; each group lists existing regions, each once.
    /// </summary>
    private void CheckGroups()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int g = 0; g < _scenario.Groups.Count; g++)
        {
            RegionGroup group = _scenario.Groups[g];
            string path = $"groups.{group.Name}";
            if (!IsPlainName(group.Name))
            {
                _problems.Add(
                    path,
                    $"group name '{group.Name}' must start with a letter and hold only letters, digits, '_' and '-'");
            }
            else if (!seen.Add(group.Name))
            {
                _problems.Add(path, $"group '{group.Name}' is defined twice; group names must be unique");
            }

            if (group.Regions.Count == 0)
            {
                _problems.Add(path, $"{path} must list at least one region id");
                continue;
            }

            var listed = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < group.Regions.Count; i++)
            {
                string itemPath = $"{path}[{i}]";
                string regionId = group.Regions[i];
                if (CheckRegionReference(itemPath, regionId) && !listed.TryAdd(regionId, i))
                {
                    _problems.Add(
                        itemPath,
                        $"{itemPath} repeats region '{regionId}' (first given as {path}[{listed[regionId]}]); list each region once");
                }
            }
        }
    }

    private static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-');

    private void CheckForces()
    {
        var firstIndex = new Dictionary<(string, string), int>();
        for (int i = 0; i < _scenario.Forces.Count; i++)
        {
            ForceDeployment force = _scenario.Forces[i];
            string path = $"forces[{i}]";
            bool named = _problems.NotEmpty($"{path}.contingent", force.Contingent);
            named &= CheckRegionReference($"{path}.region", force.Region);
            if (named)
            {
                if (firstIndex.TryGetValue((force.Contingent, force.Region), out int first))
                {
                    _problems.Add(
                        path,
                        $"{path} repeats contingent '{force.Contingent}' in region '{force.Region}' (first given as " +
                        $"forces[{first}]); each contingent has at most one schedule per region");
                }
                else
                {
                    firstIndex.Add((force.Contingent, force.Region), i);
                }
            }

            CheckSchedule(path, force.Schedule);
            if (force.SlipDays is { } slip)
            {
                CheckSlip($"{path}.slip_days", slip);
            }
        }
    }

    private bool CheckRegionReference(string path, string? regionId)
    {
        if (!_problems.NotEmpty(path, regionId))
        {
            return false;
        }

        if (_regionIdSet.Contains(regionId!))
        {
            return true;
        }

        _problems.Add(
            path,
            $"{path} '{regionId}' is not a region id (the regions are {ListOrNone(_regionIds)})" +
            Spelling.Hint(regionId!, _regionIds));
        return false;
    }

    private void CheckSchedule(string forcePath, IReadOnlyList<ScheduleBreakpoint> schedule)
    {
        if (schedule.Count == 0)
        {
            _problems.Add($"{forcePath}.schedule", $"{forcePath}.schedule must have at least one breakpoint");
            return;
        }

        for (int j = 0; j < schedule.Count; j++)
        {
            string path = $"{forcePath}.schedule[{j}]";
            if (j > 0 && schedule[j].Date <= schedule[j - 1].Date)
            {
                _problems.Add(
                    $"{path}.date",
                    $"{path}.date {Date(schedule[j].Date)} must be after {forcePath}.schedule[{j - 1}].date " +
                    $"{Date(schedule[j - 1].Date)}; breakpoint dates must be strictly increasing");
            }

            _problems.AtLeast($"{path}.troops", schedule[j].Troops, 0);
        }
    }

    private void CheckSlip(string path, Distribution slip)
    {
        const string Why = " because a slip can only delay";
        switch (slip)
        {
            case FixedDistribution fixedSlip:
                SlipValue($"{path}.value", fixedSlip.Value);
                break;
            case UniformDistribution uniform:
                if (SlipValue($"{path}.min", uniform.Min) & _problems.Finite($"{path}.max", uniform.Max) &&
                    uniform.Max < uniform.Min)
                {
                    _problems.Add(
                        $"{path}.max",
                        $"{path}.max must be >= min ({Number(uniform.Min)}), but was {Number(uniform.Max)}");
                }

                break;
            case TriangularDistribution triangular:
                bool finite = SlipValue($"{path}.min", triangular.Min);
                finite &= _problems.Finite($"{path}.mode", triangular.Mode);
                finite &= _problems.Finite($"{path}.max", triangular.Max);
                if (!finite)
                {
                    break;
                }

                if (triangular.Max < triangular.Min)
                {
                    _problems.Add(
                        $"{path}.max",
                        $"{path}.max must be >= min ({Number(triangular.Min)}), but was {Number(triangular.Max)}");
                }
                else if (triangular.Mode < triangular.Min || triangular.Mode > triangular.Max)
                {
                    _problems.Add(
                        $"{path}.mode",
                        $"{path}.mode must lie between min ({Number(triangular.Min)}) and max " +
                        $"({Number(triangular.Max)}), but was {Number(triangular.Mode)}");
                }

                break;
        }

        bool SlipValue(string valuePath, double value)
        {
            if (!_problems.Finite(valuePath, value))
            {
                return false;
            }

            if (value < 0)
            {
                _problems.Add(valuePath, $"{valuePath} must be >= 0{Why}, but was {Number(value)}");
            }

            return true;
        }
    }

    private void CheckEscalation()
    {
        if (_scenario.Escalation is not { } chain)
        {
            return;
        }

        if (chain.States.Count == 0)
        {
            _problems.Add("escalation.states", "escalation.states must have at least one state");
        }
        else
        {
            CheckStateReference("escalation.initial", chain.Initial);
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < chain.States.Count; i++)
        {
            EscalationState state = chain.States[i];
            string path = $"escalation.states[{i}]";
            if (_problems.NotEmpty($"{path}.name", state.Name))
            {
                if (firstIndex.TryGetValue(state.Name, out int first))
                {
                    _problems.Add(
                        $"{path}.name",
                        $"{path}.name '{state.Name}' is already used by escalation.states[{first}]; state names must be unique");
                }
                else
                {
                    firstIndex.Add(state.Name, i);
                }
            }

            bool hasDuration = state.MeanDurationDays is double duration &&
                _problems.AtLeast($"{path}.mean_duration_days", duration, 1);
            double weightSum = 0;
            bool weightsValid = true;
            for (int j = 0; j < state.Next.Count; j++)
            {
                EscalationTransition move = state.Next[j];
                string movePath = $"{path}.next[{j}]";
                if (move.To == state.Name && !string.IsNullOrWhiteSpace(move.To))
                {
                    _problems.Add(
                        $"{movePath}.to",
                        $"{movePath} moves state '{state.Name}' to itself, but self-transitions are not allowed " +
                        "(leaving a state always moves to another one)");
                }
                else
                {
                    CheckStateReference($"{movePath}.to", move.To);
                }

                if (_problems.AtLeast($"{movePath}.weight", move.Weight, 0))
                {
                    weightSum += move.Weight;
                }
                else
                {
                    weightsValid = false;
                }
            }

            if (hasDuration && weightsValid && !(weightSum > 0))
            {
                _problems.Add(
                    $"{path}.next",
                    $"{path} ('{state.Name}') has a mean_duration_days but no next state with a positive weight, " +
                    "so it has nowhere to go; give next weights or remove mean_duration_days");
            }

            _problems.AtLeast($"{path}.militia_multiplier", state.MilitiaMultiplier, 0);
        }
    }

    private bool CheckStateReference(string path, string? name)
    {
        if (!_problems.NotEmpty(path, name))
        {
            return false;
        }

        if (_stateNames.Contains(name!, StringComparer.Ordinal))
        {
            return true;
        }

        _problems.Add(
            path,
            $"{path} '{name}' is not an escalation state (the states are {ListOrNone(_stateNames)})" +
            Spelling.Hint(name!, _stateNames));
        return false;
    }

    private void CheckMilitia()
    {
        MilitiaModel militia = _scenario.Militia;
        _problems.Between("militia.casualties.p_fatal", militia.Casualties.PFatal, 0, 1);
        _problems.AtLeast("militia.casualties.extra_deaths_mean", militia.Casualties.ExtraDeathsMean, 0);
        if (militia.Hawkes is not { } hawkes)
        {
            return;
        }

        bool valid = _problems.AtLeast("militia.hawkes.alpha", hawkes.Alpha, 0);
        valid &= _problems.Positive("militia.hawkes.decay_days", hawkes.DecayDays);
        if (valid && !(hawkes.BranchingRatio < 1))
        {
            _problems.Add(
                "militia.hawkes",
                $"militia.hawkes has branching ratio n = alpha / (1 - exp(-1/decay_days)) = " +
                $"{hawkes.BranchingRatio.ToString("G3", System.Globalization.CultureInfo.InvariantCulture)}, " +
                "but n must be < 1: with n >= 1 the process is explosive (each attack triggers on average n more); " +
                "lower alpha or decay_days");
        }
    }

    private void CheckIsis()
    {
        if (_scenario.Isis is not { } isis)
        {
            return;
        }

        _problems.AtLeast("isis.initial_fighters", isis.InitialFighters, 0);
        _problems.Positive("isis.carrying_capacity", isis.CarryingCapacity);
        _problems.AtLeast("isis.recruitment_rate", isis.RecruitmentRate, 0);
        _problems.Between("isis.attrition_base", isis.AttritionBase, 0, 1);
        _problems.AtLeast("isis.attrition_ct", isis.AttritionCt, 0);
        _problems.AtLeast("isis.isf_capacity.start", isis.IsfCapacity.Start, 0);
        _problems.AtLeast("isis.isf_capacity.max", isis.IsfCapacity.Max, 0);
        _problems.Between("isis.isf_capacity.growth_per_year", isis.IsfCapacity.GrowthPerYear, 0, 365);
        _problems.AtLeast("isis.coalition_enabler.weight", isis.CoalitionEnabler.Weight, 0);
        _problems.Positive("isis.coalition_enabler.troops_ref", isis.CoalitionEnabler.TroopsRef);
        _problems.AtLeast("isis.resurgence_threshold", isis.ResurgenceThreshold, 0);
        _problems.AtLeast("isis.attacks_per_1000_fighters_per_day", isis.AttacksPer1000FightersPerDay, 0);
    }

    private void CheckEvents()
    {
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _scenario.Events.Count; i++)
        {
            ScenarioEvent scenarioEvent = _scenario.Events[i];
            string path = $"events[{i}]";
            if (_problems.NotEmpty($"{path}.name", scenarioEvent.Name))
            {
                if (firstIndex.TryGetValue(scenarioEvent.Name, out int first))
                {
                    _problems.Add(
                        $"{path}.name",
                        $"{path}.name '{scenarioEvent.Name}' is already used by events[{first}]; event names must be unique");
                }
                else
                {
                    firstIndex.Add(scenarioEvent.Name, i);
                }
            }

            CheckEventTiming(path, scenarioEvent);
            _problems.Between($"{path}.probability", scenarioEvent.Probability, 0, 1);
            if (scenarioEvent.Effects.Count == 0)
            {
                _problems.Add($"{path}.effects", $"{path}.effects must have at least one effect");
            }

            for (int j = 0; j < scenarioEvent.Effects.Count; j++)
            {
                CheckEffect($"{path}.effects[{j}]", scenarioEvent.Effects[j]);
            }
        }
    }

    private void CheckEventTiming(string path, ScenarioEvent scenarioEvent)
    {
        string run = $"the run ({Date(_scenario.Start)} to {Date(_scenario.End)})";
        switch (scenarioEvent.Date, scenarioEvent.Window)
        {
            case (null, null):
                _problems.Add(path, $"{path} must have exactly one of date and window, but has neither");
                break;
            case ({ }, { }):
                _problems.Add(path, $"{path} must have exactly one of date and window, but has both");
                break;
            case ({ } date, null):
                if (date < _scenario.Start || date > _scenario.End)
                {
                    _problems.Add(
                        $"{path}.date",
                        $"{path}.date {Date(date)} lies outside {run}, so the event could never happen");
                }

                break;
            case (null, { } window):
                if (window.To < window.From)
                {
                    _problems.Add(
                        $"{path}.window.to",
                        $"{path}.window.to ({Date(window.To)}) must not be before window.from ({Date(window.From)})");
                }
                else if (window.To < _scenario.Start || window.From > _scenario.End)
                {
                    _problems.Add(
                        $"{path}.window",
                        $"{path}.window ({Date(window.From)} to {Date(window.To)}) lies entirely outside {run}, " +
                        "so the event could never happen");
                }

                break;
        }
    }

    private void CheckEffect(string path, EventEffect effect)
    {
        (string target, bool multiply, bool add, bool setState, bool oneOff) = effect.Target switch
        {
            EffectTarget.IsisRecruitment => ("isis.recruitment", true, false, false, false),
            EffectTarget.IsisInflow => ("isis.inflow", false, true, false, false),
            EffectTarget.IsisFighters => ("isis.fighters", false, true, false, true),
            EffectTarget.MilitiaBaseRate => ("militia.base_rate", true, false, false, false),
            _ => ("escalation", false, false, true, true),
        };
        string takes = multiply ? "multiply" : add ? "add" : "set_state";

        if (target.StartsWith("isis.", StringComparison.Ordinal) && _scenario.Isis is null)
        {
            _problems.Add(
                $"{path}.target",
                $"{path}.target {target} needs an isis block, but the scenario has none");
        }

        CheckAmount(path, "multiply", effect.Multiply, multiply, target, takes);
        CheckAmount(path, "add", effect.Add, add, target, takes);
        if (multiply && effect.Multiply is double factor)
        {
            _problems.AtLeast($"{path}.multiply", factor, 0);
        }

        if (add && effect.Add is double amount)
        {
            if (effect.Target == EffectTarget.IsisInflow)
            {
                _problems.AtLeast($"{path}.add", amount, 0);
            }
            else if (_problems.Finite($"{path}.add", amount) && (amount != Math.Round(amount) || Math.Abs(amount) > int.MaxValue))
            {
                _problems.Add($"{path}.add", $"{path}.add must be a whole number of fighters for target {target}, but was {Number(amount)}");
            }
        }

        if (setState)
        {
            CheckSetState(path, effect.SetState);
        }
        else if (effect.SetState is not null)
        {
            _problems.Add($"{path}.set_state", $"{path}.set_state is not allowed for target {target}, which takes only {takes}");
        }

        if (effect.DurationDays is int duration)
        {
            if (oneOff)
            {
                _problems.Add(
                    $"{path}.duration_days",
                    $"{path}.duration_days is not allowed for target {target}, which acts once on the event's day");
            }
            else if (duration < 1)
            {
                _problems.Add($"{path}.duration_days", $"{path}.duration_days must be >= 1, but was {duration}");
            }
        }

        if (effect.Region is not null)
        {
            if (effect.Target == EffectTarget.MilitiaBaseRate)
            {
                CheckRegionReference($"{path}.region", effect.Region);
            }
            else
            {
                _problems.Add(
                    $"{path}.region",
                    $"{path}.region is not allowed for target {target}; only militia.base_rate effects take a region");
            }
        }
    }

    private void CheckAmount(string path, string key, double? value, bool needed, string target, string takes)
    {
        if (needed && value is null)
        {
            _problems.Add(path, $"{path} (target {target}) needs {key}");
        }
        else if (!needed && value is not null)
        {
            _problems.Add($"{path}.{key}", $"{path}.{key} is not allowed for target {target}, which takes only {takes}");
        }
    }

    private void CheckSetState(string path, string? state)
    {
        if (state is null)
        {
            _problems.Add(path, $"{path} (target escalation) needs set_state");
        }
        else if (_scenario.Escalation is null)
        {
            _problems.Add(
                $"{path}.set_state",
                $"{path}.set_state needs an escalation chain, but the scenario has no escalation block");
        }
        else
        {
            CheckStateReference($"{path}.set_state", state);
        }
    }

    private void CheckPolicies()
    {
        if (_scenario.Policies.PauseDrawdown is not { } pause)
        {
            return;
        }

        const string Path = "policies.pause_drawdown";
        _problems.AtLeast($"{Path}.when_militia_attacks_30d_above", pause.WhenMilitiaAttacks30dAbove, 0);
        if (pause.PauseDays < 1)
        {
            _problems.Add($"{Path}.pause_days", $"{Path}.pause_days must be >= 1, but was {pause.PauseDays}");
        }

        if (pause.Group is { } group && !_scenario.Groups.Any(g => g.Name == group))
        {
            var names = _scenario.Groups.Select(g => g.Name).ToList();
            _problems.Add(
                $"{Path}.group",
                $"{Path}.group '{group}' is not a group (the groups are {ListOrNone(names)})" + Spelling.Hint(group, names));
        }
    }

    private void CheckReport()
    {
        IReadOnlyList<MetricThreshold> thresholds = _scenario.Report.Thresholds;
        for (int i = 0; i < thresholds.Count; i++)
        {
            string path = $"report.thresholds[{i}]";
            string metric = thresholds[i].Metric ?? string.Empty;
            if (!MetricNames.All.Contains(metric, StringComparer.Ordinal))
            {
                _problems.Add(
                    $"{path}.metric",
                    $"{path}.metric '{metric}' is not a metric (the metrics are {Spelling.QuotedList(MetricNames.All)})" +
                    Spelling.Hint(metric, MetricNames.All));
            }

            _problems.Finite($"{path}.value", thresholds[i].AtLeast);
        }
    }

    private static string ListOrNone(IReadOnlyList<string> names) =>
        names.Count == 0 ? "none" : Spelling.QuotedList(names);
}
