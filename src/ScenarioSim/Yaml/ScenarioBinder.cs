using System.Globalization;
using ScenarioSim.Diagnostics;
using ScenarioSim.Model;
using ScenarioSim.Model.Validation;

namespace ScenarioSim.Yaml;

/// <summary>
/// Binds a located tree to the <see cref="Scenario"/> model, collecting every structural problem
/// (unknown keys, wrong types, missing keys, bad names and dates) rather than stopping at the first.
/// A value that fails to bind gets a placeholder and its path is remembered, so the model rules do
/// not report the same problem again. Each bound node is recorded under its model path so that model
/// diagnostics can be located.
/// </summary>
internal sealed class ScenarioBinder
{
    private static readonly string[] Interpolations = ["linear", "step"];

    private static readonly string[] Distributions = ["fixed", "uniform", "triangular"];

    private static readonly string[] UncertainDistributions = ["fixed", "uniform", "triangular", "normal", "lognormal", "beta"];

    /// <summary>Effect target names, in the order of <see cref="EffectTarget"/>.</summary>
    private static readonly string[] Targets =
        ["isis.recruitment", "isis.inflow", "isis.fighters", "militia.base_rate", "escalation"];

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, LocatedNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _failedPaths = [];
    private readonly HashSet<string> _unknownNominals = new(StringComparer.Ordinal);
    private readonly List<UncertainParameter> _uncertainties = [];
    private bool _insideDistribution;
    private DateOnly _runStart;

    private ScenarioBinder()
    {
    }

    /// <summary>Problems found while binding.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    /// <summary>Paths whose values failed to bind; model diagnostics at or below them are redundant.</summary>
    public IReadOnlyList<string> FailedPaths => _failedPaths;

    /// <summary>Binds <paramref name="root"/>; the scenario is always built, with placeholders where binding failed.</summary>
    public static (Scenario Scenario, ScenarioBinder Binder) Bind(LocatedMapping root)
    {
        var binder = new ScenarioBinder();
        var scenario = binder.BindScenario(root);

        // Correlations may name parameters by id, as --set does; the model keeps the indexed form.
        scenario = scenario with
        {
            Correlations = scenario.Correlations
                .Select(c => c with { First = ScenarioParameters.Normalize(scenario, c.First), Second = ScenarioParameters.Normalize(scenario, c.Second) })
                .ToList(),
        };
        return (scenario, binder);
    }

    /// <summary>The node at <paramref name="path"/> or at its nearest recorded ancestor.</summary>
    public LocatedNode? NodeAt(string path)
    {
        string current = path;
        while (true)
        {
            if (_nodes.TryGetValue(current, out var node))
            {
                return node;
            }

            if (current.Length == 0)
            {
                return null;
            }

            current = ParentPath(current);
        }
    }

    /// <summary>True when <paramref name="path"/> is at or below a path that failed to bind.</summary>
    public bool IsUnderFailedPath(string path) =>
        _failedPaths.Any(failed => path == failed ||
            (path.StartsWith(failed, StringComparison.Ordinal) && path.Length > failed.Length &&
             path[failed.Length] is '.' or '[') ||
            failed.Length == 0);

    /// <summary>True when <paramref name="path"/> is an uncertain parameter whose distribution is malformed (reported), so it has no value to check.</summary>
    public bool HasNoNominalValue(string path) => _unknownNominals.Contains(path);

    private static string ParentPath(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Owner(string path) => path.Length == 0 ? "the scenario" : path;

    private Scenario BindScenario(LocatedMapping root)
    {
        _nodes[string.Empty] = root;
        CheckKeys(root, string.Empty, ScenarioShapes.Scenario);
        string name = RequiredText(root, string.Empty, "name");
        string? description = OptionalText(root, string.Empty, "description");
        DateOnly? start = RequiredDate(root, string.Empty, "start");
        DateOnly? end = RequiredDate(root, string.Empty, "end");
        DateOnly fallback = start ?? end ?? new DateOnly(2000, 1, 1);
        _runStart = start ?? fallback;

        return new Scenario
        {
            Name = name,
            Description = description,
            Start = start ?? fallback,
            End = end ?? fallback,
            Run = BindRun(root),
            Regions = BindList(root, string.Empty, "regions", required: true, ScenarioShapes.Region, BindRegion, PlaceholderRegion),
            Groups = BindGroups(root),
            Forces = BindList(root, string.Empty, "forces", required: false, ScenarioShapes.Force, BindForce, PlaceholderForce),
            Escalation = BindEscalation(root),
            Militia = BindMilitia(root),
            Isis = BindIsis(root),
            Events = BindList(root, string.Empty, "events", required: false, ScenarioShapes.Event, BindEvent, PlaceholderEvent),
            Policies = BindPolicies(root),
            Uncertainties = _uncertainties,
            Correlations = BindList(root, string.Empty, "correlations", required: false, ScenarioShapes.Correlation, BindCorrelation, PlaceholderCorrelation),
            Report = BindReport(root),
        };
    }

    private RunSettings BindRun(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "run", ScenarioShapes.Run) is not { } run)
        {
            return new RunSettings();
        }

        return new RunSettings
        {
            Replications = OptionalInt(run, "run", "replications"),
            Seed = OptionalSeed(run, "run", "seed"),
        };
    }

    private static Region PlaceholderRegion() => new() { Id = string.Empty };

    private Region BindRegion(LocatedMapping map, string path)
    {
        string id = RequiredText(map, path, "id");
        RegionMilitia? militia = null;
        if (Mapping(map, path, "militia", ScenarioShapes.RegionMilitia) is { } militiaMap)
        {
            string militiaPath = Join(path, "militia");
            militia = new RegionMilitia
            {
                BaseRate = RequiredNumber(militiaMap, militiaPath, "base_rate"),
                ExposureRef = OptionalNumber(militiaMap, militiaPath, "exposure_ref") ?? ModelDefaults.ExposureRef,
                ExposureElasticity = OptionalNumber(militiaMap, militiaPath, "exposure_elasticity") ?? ModelDefaults.ExposureElasticity,
            };
        }

        RegionIsis? isis = null;
        if (Mapping(map, path, "isis", ScenarioShapes.RegionIsis) is { } isisMap)
        {
            string isisPath = Join(path, "isis");
            isis = new RegionIsis
            {
                ActivityShare = RequiredNumber(isisMap, isisPath, "activity_share"),
                GovernanceGap = OptionalNumber(isisMap, isisPath, "governance_gap") ?? 1.0,
            };
        }

        return new Region { Id = id, Militia = militia, Isis = isis };
    }

    private static ForceDeployment PlaceholderForce() =>
        new() { Contingent = string.Empty, Region = string.Empty, Schedule = [] };

    private ForceDeployment BindForce(LocatedMapping map, string path)
    {
        string contingent = RequiredText(map, path, "contingent");
        string region = RequiredText(map, path, "region");
        Interpolation interpolation = (Interpolation)(OptionalChoice(map, path, "interpolation", Interpolations) ?? 0);
        IReadOnlyList<ScheduleBreakpoint> schedule = BindList(
            map,
            path,
            "schedule",
            required: true,
            ScenarioShapes.Breakpoint,
            (item, itemPath) => new ScheduleBreakpoint(
                RequiredDate(item, itemPath, "date") ?? DateOnly.MinValue,
                RequiredNumber(item, itemPath, "troops")),
            () => new ScheduleBreakpoint(DateOnly.MinValue, double.NaN));

        return new ForceDeployment
        {
            Contingent = contingent,
            Region = region,
            Interpolation = interpolation,
            Schedule = schedule,
            SlipDays = BindSlip(map, path),
        };
    }

    private Distribution? BindSlip(LocatedMapping force, string forcePath)
    {
        if (Mapping(force, forcePath, "slip_days", ScenarioShapes.Slip) is not { } map)
        {
            return null;
        }

        return BindDistribution(map, Join(forcePath, "slip_days"), ScenarioShapes.Slip, Distributions);
    }

    /// <summary>Binds a <c>{dist: …}</c> mapping whose keys were checked against <paramref name="shape"/>.</summary>
    private Distribution? BindDistribution(LocatedMapping map, string path, ObjectShape shape, string[] kinds)
    {
        string? dist = RequiredChoice(map, path, "dist", kinds) is int d ? kinds[d] : null;
        string[] keys = dist switch
        {
            "fixed" => ["value"],
            "uniform" => ["min", "max"],
            "triangular" => ["min", "mode", "max"],
            "normal" => ["mean", "sd"],
            "lognormal" => ["mu", "sigma"],
            "beta" => ["alpha", "beta", "min", "max"],
            _ => [],
        };
        if (dist is null)
        {
            Fail(path);
            return null;
        }

        foreach (var (key, _) in map.Entries)
        {
            if (key.Value is not "dist" && shape.Field(key.Value) is not null && !keys.Contains(key.Value))
            {
                Error(
                    Join(path, key.Value),
                    $"{Join(path, key.Value)} is not used by dist {dist}, which takes {string.Join(", ", keys)}",
                    key,
                    failed: false);
            }
        }

        return dist switch
        {
            "fixed" => Distribution.Fixed(RequiredNumber(map, path, "value")),
            "uniform" => Distribution.Uniform(RequiredNumber(map, path, "min"), RequiredNumber(map, path, "max")),
            "triangular" => Distribution.Triangular(
                RequiredNumber(map, path, "min"), RequiredNumber(map, path, "mode"), RequiredNumber(map, path, "max")),
            "normal" => Distribution.Normal(RequiredNumber(map, path, "mean"), RequiredNumber(map, path, "sd")),
            "lognormal" => Distribution.LogNormal(RequiredNumber(map, path, "mu"), RequiredNumber(map, path, "sigma")),
            _ => Distribution.Beta(
                RequiredNumber(map, path, "alpha"), RequiredNumber(map, path, "beta"),
                OptionalNumber(map, path, "min") ?? 0, OptionalNumber(map, path, "max") ?? 1),
        };
    }

    /// <summary>
    /// A numeric parameter given as <c>{dist: …}</c>: records it as uncertain and returns its median as
    /// the nominal value the model rules check (the distribution's own support is checked separately).
    /// </summary>
    private double UncertainValue(LocatedMapping map, string modelPath)
    {
        CheckKeys(map, modelPath, ScenarioShapes.Uncertain);
        _insideDistribution = true;
        var distribution = BindDistribution(map, modelPath, ScenarioShapes.Uncertain, UncertainDistributions);
        _insideDistribution = false;
        if (distribution is null)
        {
            return double.NaN;
        }

        _uncertainties.Add(new UncertainParameter(modelPath, distribution));
        if (!UncertaintyRules.IsWellFormed(distribution))
        {
            // The distribution's keys are reported at their own lines; the parameter has no nominal
            // value to check, and saying it is NaN as well would only repeat them.
            _unknownNominals.Add(modelPath);
            return double.NaN;
        }

        double median = distribution.Quantile(0.5);
        return double.IsFinite(median) ? median : double.NaN;
    }

    private bool IsDistribution(LocatedNode? node) =>
        !_insideDistribution && node is LocatedMapping map && map.Find("dist") is not null;

    private ParameterCorrelation BindCorrelation(LocatedMapping map, string path)
    {
        var between = map.Find("between");
        string[] paths = [];
        if (between is LocatedSequence { Items.Count: 2 } pair && pair.Items.All(i => i is LocatedScalar { IsNull: false }))
        {
            _nodes[Join(path, "between")] = between;
            paths = pair.Items.Cast<LocatedScalar>().Select(i => i.Value).ToArray();
        }
        else if (between is null)
        {
            MissingKey(map, path, "between");
        }
        else
        {
            Error(Join(path, "between"), $"{Join(path, "between")} must be a list of two parameter paths, but was {between.Describe()}", between);
        }

        double rank = RequiredNumber(map, path, "rank");
        return paths.Length == 2 ? new ParameterCorrelation(paths[0], paths[1], rank) : PlaceholderCorrelation();
    }

    private static ParameterCorrelation PlaceholderCorrelation() => new(string.Empty, string.Empty, 0);

    private EscalationChain? BindEscalation(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "escalation", ScenarioShapes.Escalation) is not { } map)
        {
            return null;
        }

        const string Path = "escalation";
        string initial = RequiredText(map, Path, "initial");
        var states = new List<EscalationState>();
        LocatedNode? statesNode = map.Find("states");
        if (statesNode is null || statesNode is LocatedScalar { IsNull: true })
        {
            MissingKey(map, Path, "states");
        }
        else if (NamedEntries(statesNode, "escalation.states") is { } statesMap)
        {
            foreach (var (key, value) in statesMap.Entries)
            {
                string statePath = $"escalation.states[{states.Count}]";
                _nodes[$"{statePath}.name"] = key;
                string shownPath = $"escalation.states.{key.Value}";
                var stateMap = value is LocatedScalar { IsNull: true }
                    ? new LocatedMapping(value.Location, [])
                    : AsMapping(value, shownPath, ScenarioShapes.State);
                if (stateMap is null)
                {
                    Fail(statePath);
                    states.Add(new EscalationState { Name = key.Value });
                    continue;
                }

                _nodes[statePath] = stateMap;
                states.Add(BindState(key.Value, stateMap, statePath, shownPath));
            }
        }

        return new EscalationChain { Initial = initial, States = states };
    }

    private EscalationState BindState(string name, LocatedMapping map, string path, string shownPath)
    {
        var next = new List<EscalationTransition>();
        LocatedNode? nextNode = map.Find("next");
        if (nextNode is not null && nextNode is not LocatedScalar { IsNull: true } &&
            NamedEntries(nextNode, $"{shownPath}.next") is { } nextMap)
        {
            _nodes[$"{path}.next"] = nextMap;
            foreach (var (key, value) in nextMap.Entries)
            {
                string movePath = $"{path}.next[{next.Count}]";
                _nodes[movePath] = value;
                _nodes[$"{movePath}.to"] = key;
                _nodes[$"{movePath}.weight"] = value;
                next.Add(new EscalationTransition(key.Value, NumberValue(value, $"{shownPath}.next.{key.Value}", $"{movePath}.weight")));
            }
        }

        return new EscalationState
        {
            Name = name,
            MeanDurationDays = OptionalNumber(map, path, "mean_duration_days", shownPath),
            Next = next,
            MilitiaMultiplier = OptionalNumber(map, path, "militia_multiplier", shownPath) ?? 1.0,
        };
    }

    private MilitiaModel BindMilitia(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "militia", ScenarioShapes.Militia) is not { } map)
        {
            return new MilitiaModel();
        }

        var casualties = new Casualties();
        if (Mapping(map, "militia", "casualties", ScenarioShapes.Casualties) is { } casualtiesMap)
        {
            const string Path = "militia.casualties";
            casualties = new Casualties
            {
                PFatal = OptionalNumber(casualtiesMap, Path, "p_fatal") ?? ModelDefaults.PFatal,
                ExtraDeathsMean = OptionalNumber(casualtiesMap, Path, "extra_deaths_mean") ?? ModelDefaults.ExtraDeathsMean,
            };
        }

        HawkesExcitation? hawkes = null;
        if (Mapping(map, "militia", "hawkes", ScenarioShapes.Hawkes) is { } hawkesMap)
        {
            const string Path = "militia.hawkes";
            hawkes = new HawkesExcitation(
                RequiredNumber(hawkesMap, Path, "alpha"),
                RequiredNumber(hawkesMap, Path, "decay_days"));
        }

        return new MilitiaModel { Casualties = casualties, Hawkes = hawkes };
    }

    private IsisModel? BindIsis(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "isis", ScenarioShapes.Isis) is not { } map)
        {
            return null;
        }

        const string Path = "isis";
        var isf = new IsfCapacity();
        if (Mapping(map, Path, "isf_capacity", ScenarioShapes.IsfCapacity) is { } isfMap)
        {
            const string IsfPath = "isis.isf_capacity";
            isf = new IsfCapacity
            {
                Start = OptionalNumber(isfMap, IsfPath, "start") ?? ModelDefaults.IsfStart,
                Max = OptionalNumber(isfMap, IsfPath, "max") ?? ModelDefaults.IsfMax,
                GrowthPerYear = OptionalNumber(isfMap, IsfPath, "growth_per_year") ?? ModelDefaults.IsfGrowthPerYear,
            };
        }

        var enabler = new CoalitionEnabler();
        if (Mapping(map, Path, "coalition_enabler", ScenarioShapes.CoalitionEnabler) is { } enablerMap)
        {
            const string EnablerPath = "isis.coalition_enabler";
            enabler = new CoalitionEnabler
            {
                Weight = OptionalNumber(enablerMap, EnablerPath, "weight") ?? ModelDefaults.CoalitionWeight,
                TroopsRef = OptionalNumber(enablerMap, EnablerPath, "troops_ref") ?? ModelDefaults.CoalitionTroopsRef,
            };
        }

        return new IsisModel
        {
            InitialFighters = OptionalInt(map, Path, "initial_fighters") ?? ModelDefaults.IsisInitialFighters,
            CarryingCapacity = OptionalNumber(map, Path, "carrying_capacity") ?? ModelDefaults.IsisCarryingCapacity,
            RecruitmentRate = OptionalNumber(map, Path, "recruitment_rate") ?? ModelDefaults.IsisRecruitmentRate,
            AttritionBase = OptionalNumber(map, Path, "attrition_base") ?? ModelDefaults.IsisAttritionBase,
            AttritionCt = OptionalNumber(map, Path, "attrition_ct") ?? ModelDefaults.IsisAttritionCt,
            IsfCapacity = isf,
            CoalitionEnabler = enabler,
            ResurgenceThreshold = OptionalInt(map, Path, "resurgence_threshold") ?? ModelDefaults.IsisResurgenceThreshold,
            AttacksPer1000FightersPerDay =
                OptionalNumber(map, Path, "attacks_per_1000_fighters_per_day") ?? ModelDefaults.IsisAttacksPer1000FightersPerDay,
        };
    }

    private static ScenarioEvent PlaceholderEvent() => new() { Name = string.Empty, Effects = [] };

    private ScenarioEvent BindEvent(LocatedMapping map, string path)
    {
        string name = RequiredText(map, path, "name");
        // A date or window that fails to bind becomes the run's first day, so the timing rules stay quiet about it.
        DateOnly? date = OptionalDate(map, path, "date");
        if (date is null && map.Find("date") is { } dateNode && dateNode is not LocatedScalar { IsNull: true })
        {
            date = _runStart;
        }

        DateWindow? window = null;
        if (Mapping(map, path, "window", ScenarioShapes.Window) is { } windowMap)
        {
            string windowPath = Join(path, "window");
            DateOnly? from = RequiredDate(windowMap, windowPath, "from");
            DateOnly? to = RequiredDate(windowMap, windowPath, "to");
            window = new DateWindow(from ?? to ?? _runStart, to ?? from ?? _runStart);
        }
        else if (map.Find("window") is { } windowNode && windowNode is not LocatedScalar { IsNull: true })
        {
            window = new DateWindow(_runStart, _runStart);
        }

        return new ScenarioEvent
        {
            Name = name,
            Date = date,
            Window = window,
            Probability = OptionalNumber(map, path, "probability") ?? 1.0,
            Effects = BindList(map, path, "effects", required: true, ScenarioShapes.Effect, BindEffect, PlaceholderEffect),
        };
    }

    private static EventEffect PlaceholderEffect() => new() { Target = EffectTarget.IsisRecruitment, Multiply = 1 };

    private EventEffect BindEffect(LocatedMapping map, string path)
    {
        EffectTarget? target = (EffectTarget?)RequiredChoice(map, path, "target", Targets);
        if (target is null)
        {
            Fail(path);
        }

        return new EventEffect
        {
            Target = target ?? EffectTarget.IsisRecruitment,
            Multiply = OptionalNumber(map, path, "multiply"),
            Add = OptionalNumber(map, path, "add"),
            SetState = OptionalText(map, path, "set_state"),
            DurationDays = OptionalInt(map, path, "duration_days"),
            Region = OptionalText(map, path, "region"),
        };
    }

    /// <summary>
    /// <c>groups:</c>, a mapping of group names to lists of region ids, in file order. Each group's
    /// name is recorded at <c>groups.&lt;name&gt;</c> and each item at <c>groups.&lt;name&gt;[i]</c>,
    /// the paths the rules report problems at.
    /// </summary>
    private IReadOnlyList<RegionGroup> BindGroups(LocatedMapping root)
    {
        if (root.Find("groups") is not { } node || node is LocatedScalar { IsNull: true })
        {
            return [];
        }

        _nodes["groups"] = node;
        if (NamedEntries(node, "groups") is not { } map)
        {
            return [];
        }

        var groups = new List<RegionGroup>();
        foreach (var (key, value) in map.Entries)
        {
            string path = $"groups.{key.Value}";
            _nodes[path] = key;
            if (value is not LocatedSequence sequence)
            {
                Error(path, $"{path} must be a list of region ids, but was {value.Describe()}", value);
                continue;
            }

            var regions = new List<string>();
            for (int i = 0; i < sequence.Items.Count; i++)
            {
                string itemPath = $"{path}[{i}]";
                _nodes[itemPath] = sequence.Items[i];
                if (sequence.Items[i] is LocatedScalar { IsNull: false } scalar)
                {
                    regions.Add(scalar.Value);
                }
                else
                {
                    Error(itemPath, $"{itemPath} must be a region id, but was {sequence.Items[i].Describe()}", sequence.Items[i]);
                }
            }

            groups.Add(new RegionGroup(key.Value, regions));
        }

        return groups;
    }

    private ScenarioPolicies BindPolicies(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "policies", ScenarioShapes.Policies) is not { } map ||
            Mapping(map, "policies", "pause_drawdown", ScenarioShapes.PauseDrawdown) is not { } pause)
        {
            return new ScenarioPolicies();
        }

        const string Path = "policies.pause_drawdown";
        double above = RequiredNumber(pause, Path, "when_militia_attacks_30d_above");
        int? days = OptionalInt(pause, Path, "pause_days");
        if (days is null && pause.Find("pause_days") is null)
        {
            MissingKey(pause, Path, "pause_days");
        }

        return new ScenarioPolicies
        {
            PauseDrawdown = new PauseDrawdownPolicy
            {
                WhenMilitiaAttacks30dAbove = above,
                PauseDays = days ?? 1,
                Group = OptionalText(pause, Path, "group"),
            },
        };
    }

    private ReportSettings BindReport(LocatedMapping root)
    {
        if (Mapping(root, string.Empty, "report", ScenarioShapes.Report) is not { } map ||
            map.Find("thresholds") is not { } node || node is LocatedScalar { IsNull: true } ||
            NamedEntries(node, "report.thresholds") is not { } thresholds)
        {
            return new ReportSettings();
        }

        var list = new List<MetricThreshold>();
        foreach (var (key, value) in thresholds.Entries)
        {
            string shownPath = $"report.thresholds.{key.Value}";
            IEnumerable<(LocatedNode Node, string Shown)> numbers = value is LocatedSequence sequence
                ? sequence.Items.Select((item, i) => (item, $"{shownPath}[{i}]"))
                : [(value, shownPath)];
            foreach (var (numberNode, shown) in numbers)
            {
                string path = $"report.thresholds[{list.Count}]";
                _nodes[path] = numberNode;
                _nodes[$"{path}.metric"] = key;
                list.Add(new MetricThreshold(key.Value, NumberValue(numberNode, shown, $"{path}.value")));
            }
        }

        return new ReportSettings { Thresholds = list };
    }

    // ---- generic pieces ------------------------------------------------------------------------

    private IReadOnlyList<T> BindList<T>(
        LocatedMapping owner,
        string ownerPath,
        string key,
        bool required,
        ObjectShape itemShape,
        Func<LocatedMapping, string, T> bindItem,
        Func<T> placeholder)
    {
        string path = Join(ownerPath, key);
        LocatedNode? node = owner.Find(key);
        if (node is null || node is LocatedScalar { IsNull: true })
        {
            if (required)
            {
                MissingKey(owner, ownerPath, key);
            }

            return [];
        }

        _nodes[path] = node;
        if (node is not LocatedSequence sequence)
        {
            Error(path, $"{path} must be a list, but was {node.Describe()}", node);
            return [];
        }

        var items = new List<T>();
        for (int i = 0; i < sequence.Items.Count; i++)
        {
            string itemPath = $"{path}[{i}]";
            if (AsMapping(sequence.Items[i], itemPath, itemShape) is { } map)
            {
                items.Add(bindItem(map, itemPath));
            }
            else
            {
                items.Add(placeholder());
            }
        }

        return items;
    }

    private LocatedMapping? Mapping(LocatedMapping owner, string ownerPath, string key, ObjectShape shape)
    {
        LocatedNode? node = owner.Find(key);
        if (node is null || node is LocatedScalar { IsNull: true })
        {
            return null;
        }

        return AsMapping(node, Join(ownerPath, key), shape);
    }

    private LocatedMapping? AsMapping(LocatedNode node, string path, ObjectShape shape)
    {
        _nodes[path] = node;
        if (node is not LocatedMapping map)
        {
            Error(path, $"{path} must be a mapping of keys to values, but was {node.Describe()}", node);
            return null;
        }

        CheckKeys(map, path, shape);
        return map;
    }

    private LocatedMapping? NamedEntries(LocatedNode node, string path)
    {
        if (node is LocatedMapping map)
        {
            return map;
        }

        Error(path, $"{path} must be a mapping of names to values, but was {node.Describe()}", node);
        return null;
    }

    private void CheckKeys(LocatedMapping map, string path, ObjectShape shape)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (shape.Field(key.Value) is not null)
            {
                continue;
            }

            string where = path.Length == 0 ? "at the top level" : $"in {path}";
            string hint = Spelling.SingleClosest(key.Value, shape.Keys) is { } closest
                ? $"did you mean '{closest}'?"
                : $"allowed keys are {Spelling.QuotedList(shape.Keys)}";
            Error(Join(path, key.Value), $"unknown key '{key.Value}' {where}; {hint}", key, failed: false);
        }
    }

    private string RequiredText(LocatedMapping map, string path, string key)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return string.Empty;
        }

        return OptionalText(map, path, key) ?? string.Empty;
    }

    private string? OptionalText(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "text") is not { } scalar)
        {
            return null;
        }

        return scalar.Value;
    }

    private double RequiredNumber(LocatedMapping map, string path, string key)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return double.NaN;
        }

        return OptionalNumber(map, path, key) ?? double.NaN;
    }

    private double? OptionalNumber(LocatedMapping map, string path, string key, string? shownPath = null)
    {
        string keyPath = Join(path, key);
        if (map.Find(key) is not { } node || node is LocatedScalar { IsNull: true })
        {
            return null;
        }

        _nodes[keyPath] = node;
        return NumberValue(node, Join(shownPath ?? path, key), keyPath);
    }

    private double NumberValue(LocatedNode node, string shownPath, string modelPath)
    {
        if (IsDistribution(node))
        {
            return UncertainValue((LocatedMapping)node, modelPath);
        }

        if (node is LocatedScalar { IsNull: false } scalar && YamlValues.TryParseNumber(scalar.Value, out double value))
        {
            return value;
        }

        Error(modelPath, $"{shownPath} must be a number, but was {node.Describe()}", node);
        return double.NaN;
    }

    private int? OptionalInt(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (IsDistribution(map.Find(key)))
        {
            _nodes[keyPath] = map.Find(key)!;
            double nominal = UncertainValue((LocatedMapping)map.Find(key)!, keyPath);
            return double.IsFinite(nominal) ? (int)Math.Round(nominal, MidpointRounding.AwayFromZero) : null;
        }

        if (Scalar(map, keyPath, key, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (YamlValues.TryParseInt(scalar.Value, out int value))
        {
            return value;
        }

        Error(keyPath, $"{keyPath} must be a whole number, but was {scalar.Describe()}", scalar);
        return null;
    }

    private ulong? OptionalSeed(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "a whole number") is not { } scalar)
        {
            return null;
        }

        if (ulong.TryParse(scalar.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong value))
        {
            return value;
        }

        Error(keyPath, $"{keyPath} must be a whole number from 0 to {ulong.MaxValue}, but was {scalar.Describe()}", scalar);
        return null;
    }

    private DateOnly? RequiredDate(LocatedMapping map, string path, string key)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return null;
        }

        return OptionalDate(map, path, key);
    }

    private DateOnly? OptionalDate(LocatedMapping map, string path, string key)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "a date") is not { } scalar)
        {
            return null;
        }

        if (YamlValues.TryParseDate(scalar.Value, out DateOnly value))
        {
            return value;
        }

        Error(keyPath, $"{keyPath} must be a date in the form yyyy-MM-dd, but was {scalar.Describe()}", scalar);
        return null;
    }

    private int? RequiredChoice(LocatedMapping map, string path, string key, string[] names)
    {
        if (map.Find(key) is null or LocatedScalar { IsNull: true })
        {
            MissingKey(map, path, key);
            return null;
        }

        return OptionalChoice(map, path, key, names);
    }

    /// <summary>The index of the name given under <paramref name="key"/> in <paramref name="names"/>.</summary>
    private int? OptionalChoice(LocatedMapping map, string path, string key, string[] names)
    {
        string keyPath = Join(path, key);
        if (Scalar(map, keyPath, key, "a name") is not { } scalar)
        {
            return null;
        }

        int index = Array.IndexOf(names, scalar.Value);
        if (index >= 0)
        {
            return index;
        }

        Error(
            keyPath,
            $"{keyPath} must be one of {string.Join(", ", names)}, but was {scalar.Describe()}{Spelling.Hint(scalar.Value, names)}",
            scalar);
        return null;
    }

    /// <summary>The non-null scalar under <paramref name="key"/>; reports a mapping or list given instead.</summary>
    private LocatedScalar? Scalar(LocatedMapping map, string keyPath, string key, string noun)
    {
        if (map.Find(key) is not { } node || node is LocatedScalar { IsNull: true })
        {
            return null;
        }

        _nodes[keyPath] = node;
        if (node is LocatedScalar scalar)
        {
            return scalar;
        }

        Error(keyPath, $"{keyPath} must be {noun}, but was {node.Describe()}", node);
        return null;
    }

    private void MissingKey(LocatedMapping map, string path, string key) =>
        Error(Join(path, key), $"{Owner(path)} is missing required key '{key}'", map);

    private void Error(string path, string message, LocatedNode at, bool failed = true)
    {
        _diagnostics.Add(new Diagnostic(path, message) { Location = at.Location });
        if (failed)
        {
            Fail(path);
        }
    }

    private void Fail(string path) => _failedPaths.Add(path);
}
