using ScenarioSim.Model;

namespace ScenarioSim.Yaml;

/// <summary>The binder's <c>run:</c> and <c>report:</c> blocks: settings of the run and its report, not of the model.</summary>
internal sealed partial class ScenarioBinder
{
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
}
