using ScenarioSim.Diagnostics;
using ScenarioSim.Input;
using ScenarioSim.Results;
using static ScenarioSim.Model.Validation.DiagnosticList;

namespace ScenarioSim.Model.Validation;

/// <summary>
/// The scenario rules of SPEC sections 1–6, checked in model order. Paths use the YAML spelling of
/// keys and indices into the model's lists.
/// </summary>
internal sealed partial class ScenarioRules
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
