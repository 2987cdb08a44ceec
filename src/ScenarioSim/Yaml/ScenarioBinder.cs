using ScenarioSim.Diagnostics;
using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>
/// Binds a located tree to the <see cref="Scenario"/> model, collecting every structural problem
/// (unknown keys, wrong types, missing keys, bad names and dates) rather than stopping at the first.
/// A value that fails to bind gets a placeholder and its path is remembered, so the model rules do
/// not report the same problem again. Each bound node is recorded under its model path so that model
/// diagnostics can be located.
/// </summary>
/// <remarks>
/// One part per concept: the located-value reader (<c>ScenarioBinder.Values.cs</c>), the numbers every block
/// takes from the <see cref="ParameterTable"/> (<c>.Numbers.cs</c>), distributions and correlations
/// (<c>.Uncertainty.cs</c>), and one binder per section (<c>.Regions.cs</c>, <c>.Forces.cs</c>,
/// <c>.Escalation.cs</c>, <c>.Militia.cs</c>, <c>.Isis.cs</c>, <c>.Events.cs</c>, <c>.Policies.cs</c>,
/// <c>.Settings.cs</c>).
/// </remarks>
internal sealed partial class ScenarioBinder
{
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
}
