using System.Globalization;
using System.Text.RegularExpressions;
using ScenarioSim.Calibration;
using ScenarioSim.Engine;
using ScenarioSim.Model;
using ScenarioSim.Tests.Engine;
using ScenarioSim.Tests.Yaml;
using ScenarioSim.Yaml;

namespace ScenarioSim.Tests.Model;

/// <summary>
/// The parameter table against what it must agree with and what it serves: the scenario rules (each parameter's bounds), the
/// file format (each path a number of the right kind, each default what the binder gives), and the docs (generated table, defaults, fit paths).
/// </summary>
public sealed partial class ParameterTableTests
{
    private const string Full = "TestData/Scenarios/valid/full.yaml";
    private const string Begin = "<!-- parameter-table:begin";
    private const string End = "<!-- parameter-table:end -->";

    private static readonly Scenario FullScenario = ScenarioFiles.Load(Full).GetValueOrThrow();

    private static IEnumerable<TestCaseData> Parameters() =>
        ParameterTable.All.Select(p => new TestCaseData(p.Template).SetName($"{{m}}({p.Template})"));

    [Test]
    public void All_EachFieldAndTemplate_DefinedOnce()
    {
        Assert.That(ParameterTable.All.Select(p => p.Field), Is.Unique);
        Assert.That(ParameterTable.All.Select(p => p.Template), Is.Unique);
        Assert.That(ParameterTable.All.Select(p => p.Field), Is.EquivalentTo(Enum.GetValues<ParameterField>()));
    }

    [TestCaseSource(nameof(Parameters))]
    public void Get_FullScenario_FindsEveryParameter(string template)
    {
        string path = PathIn(FullScenario, Definition(template));
        Assert.That(ParameterTable.TryMatch(path, out var parameter, out _), Is.True);
        Assert.That(parameter.Template, Is.EqualTo(template));
    }

    [TestCaseSource(nameof(Parameters))]
    public void With_ValueInsideBounds_GetReadsItBack(string template)
    {
        var parameter = Definition(template);
        string path = PathIn(FullScenario, parameter);
        double value = Inside(parameter) + 1;
        Assert.That(ScenarioParameters.Get(ScenarioParameters.With(FullScenario, path, value), path), Is.EqualTo(value));
    }

    [TestCaseSource(nameof(Parameters))]
    public void Validate_JustOutsideTheTableBounds_RejectedAtThatPath(string template)
    {
        var parameter = Definition(template);
        string path = PathIn(FullScenario, parameter);
        if (!double.IsNegativeInfinity(parameter.Lower))
        {
            double below = parameter.LowerExclusive ? parameter.Lower : parameter.Lower - (parameter.IsWhole ? 1 : 1e-9);
            Assert.That(parameter.Allows(below), Is.False);
            Assert.That(ProblemsAt(path, below), Is.Not.Empty, $"{path} = {below}");
        }

        if (!double.IsPositiveInfinity(parameter.Upper))
        {
            Assert.That(ProblemsAt(path, parameter.Upper + 1e-9), Is.Not.Empty, $"{path} above {parameter.Upper}");
        }

        double inside = Inside(parameter);
        Assert.That(parameter.Allows(inside), Is.True);
        Assert.That(ProblemsAt(path, inside), Is.Empty, $"{path} = {inside}");
    }

    [Test]
    public void Load_BlocksThatLeaveTheirKeysOut_GetTheTableDefaults()
    {
        // Every block present with only its required keys: the binder leaves each other number at its record's default.
        const string Bare = """
            name: bare
            start: 2025-01-01
            end: 2025-12-31
            regions:
              - id: a
                militia: { base_rate: 0.1 }
                isis: { activity_share: 1 }
            escalation:
              initial: s
              states:
                s: {}
            militia:
              casualties: {}
            isis:
              isf_capacity: {}
              coalition_enabler: {}
            events:
              - name: e
                date: 2025-06-01
                effects:
                  - { target: isis.fighters, add: 1 }
            """;
        var scenario = ScenarioLoader.LoadString(Bare).GetValueOrThrow();
        var defaulted = ParameterTable.All.Where(p => p.Default is not null).ToList();
        Assert.That(defaulted, Has.Count.GreaterThanOrEqualTo(15));
        Assert.Multiple(() =>
        {
            foreach (var parameter in defaulted)
            {
                Assert.That(ScenarioParameters.Get(scenario, PathIn(scenario, parameter)), Is.EqualTo(parameter.Default), parameter.Template);
            }
        });
    }

    [TestCaseSource(nameof(Parameters))]
    public void Run_ParameterFixedAtItsValue_IdenticalToThePlainScenario(string template)
    {
        // The engine's lane slot for the parameter (LaneParameters.Set) must set what the table's with sets:
        // a point-mass distribution at the scenario's own value changes no bit of the results.
        string path = PathIn(FullScenario, Definition(template));
        double value = ScenarioParameters.Get(FullScenario, path)!.Value;
        var uncertain = FullScenario with { Uncertainties = [new UncertainParameter(path, Distribution.Fixed(value))] };
        var options = new RunOptions { Replications = 10, Seed = 5 };
        var runner = new ScenarioRunner();

        Assert.That(
            ResultComparison.Canonical(runner.Run(uncertain, options)),
            Is.EqualTo(ResultComparison.Canonical(runner.Run(FullScenario, options))));
    }

    [TestCaseSource(nameof(Parameters))]
    public void Template_IsANumberOfTheFileFormat_WholeWhereTheTableSays(string template)
    {
        var parameter = Definition(template);
        Shape shape = ScenarioShapes.Scenario;
        foreach (string part in parameter.Template.Replace("[]", string.Empty, StringComparison.Ordinal).Split('.'))
        {
            shape = shape switch
            {
                ObjectShape o => o.Field(part) ?? throw new AssertionException($"{parameter.Template}: no key '{part}' in the file format"),
                NamedEntriesShape n => part == "weight" ? n.Value : Descend(n.Value, part, parameter.Template),
                _ => throw new AssertionException($"{parameter.Template}: '{part}' is inside a single value"),
            };
            if (shape is ListShape list)
            {
                shape = list.Item;
            }
        }

        Assert.That(shape, Is.EqualTo(new ValueShape(parameter.IsWhole ? ValueKind.WholeNumber : ValueKind.Number)), parameter.Template);
    }

    [FsCheck.NUnit.Property(MaxTest = 200)]
    public bool TryMatch_AnyTemplateWithAnyIndices_GivesThemBack(FsCheck.NonNegativeInt which, FsCheck.NonNegativeInt first, FsCheck.NonNegativeInt second)
    {
        var parameter = ParameterTable.All[which.Get % ParameterTable.All.Count];
        var given = new[] { first.Get, second.Get }[..parameter.IndexCount];
        var queue = new Queue<int>(given);
        string path = Regex.Replace(parameter.Template, @"\[\]", _ => string.Create(CultureInfo.InvariantCulture, $"[{queue.Dequeue()}]"));
        return ParameterTable.TryMatch(path, out var matched, out var indices) && matched == parameter && indices.SequenceEqual(given);
    }

    [Test]
    public void TryMatch_PathsNotInCanonicalIndexedForm_NameNothing()
    {
        string[] paths =
        [
            "regions.anbar.militia.base_rate", "regions[0]militia.base_rate", "regions.[0].militia.base_rate", "regions[-1].militia.base_rate",
            "regions[+1].militia.base_rate", "regions[ 1].militia.base_rate", "regions[0].militia.base_rate.", "isis.recruitment_rate[0]",
            "isis", "isis.isf_capacity", "escalation.states[0].next[0]", "", "militia..hawkes.alpha",
        ];
        Assert.That(paths.Where(p => ParameterTable.TryMatch(p, out _, out _)), Is.Empty);
        Assert.That(ParameterTable.TryMatch("escalation.states[01].next[1].weight", out var parameter, out var indices), Is.True);
        Assert.That((parameter.Field, indices), Is.EqualTo((ParameterField.NextWeight, new[] { 1, 1 })));
    }

    [Test]
    public void Docs_ScenarioFormatParameterTable_IsTheGeneratedOne()
    {
        string docs = File.ReadAllText(DocsFile("scenario-format.md")).ReplaceLineEndings("\n");
        int begin = docs.IndexOf(Begin, StringComparison.Ordinal);
        int end = docs.IndexOf(End, StringComparison.Ordinal);
        Assert.That(begin, Is.GreaterThanOrEqualTo(0).And.LessThan(end), "markers in docs/scenario-format.md");
        string written = docs[(docs.IndexOf('\n', begin) + 1)..end];
        Assert.That(written, Is.EqualTo(ParameterTableMarkdown.Render()), "paste ParameterTableMarkdown.Render() between the markers:\n" + ParameterTableMarkdown.Render());
    }

    [Test]
    public void Docs_ModelParametersAtAGlance_DefaultsAgreeWithTheTable()
    {
        // docs/model.md, section 11: | `key` | unit | default | baseline |, keys with [] or * for list items.
        var rows = GlanceRow().Matches(File.ReadAllText(DocsFile("model.md")))
            .ToDictionary(m => m.Groups["key"].Value.Replace(".*.", "[].", StringComparison.Ordinal), m => m.Groups["default"].Value.Trim());
        int checkedRows = 0;
        foreach (var parameter in ParameterTable.All.Where(p => p.Default is not null && rows.ContainsKey(p.Template)))
        {
            Assert.That(
                double.Parse(rows[parameter.Template].Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture),
                Is.EqualTo(parameter.Default),
                parameter.Template);
            checkedRows++;
        }

        Assert.That(checkedRows, Is.GreaterThanOrEqualTo(15));
    }

    [Test]
    public void Docs_CalibrationIsisFitPaths_AreTheFittableOnes()
    {
        var written = IsisFitRow().Match(File.ReadAllText(DocsFile("calibration.md")));
        Assert.That(written.Success, Is.True, "the isis.{…} row of docs/calibration.md");
        Assert.That(ParameterTarget.SupportedForms, Does.Contain(written.Groups["forms"].Value));
    }

    private static ParameterDefinition Definition(string template) => ParameterTable.All.Single(p => p.Template == template);

    private static string DocsFile(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Docs", name);

    private static Shape Descend(Shape value, string part, string template) =>
        value is ObjectShape o ? o.Field(part) ?? throw new AssertionException($"{template}: no key '{part}'") : value;

    private static List<string> ProblemsAt(string path, double value) =>
        ScenarioValidator.Validate(ScenarioParameters.With(FullScenario, path, value)).Where(d => d.Path == path).Select(d => d.Message).ToList();

    /// <summary>A value the parameter's rule allows on its own and the full scenario's other rules accept: its lower bound, or 1 above an exclusive one.</summary>
    private static double Inside(ParameterDefinition parameter) =>
        double.IsNegativeInfinity(parameter.Lower) ? 0 : parameter.LowerExclusive ? parameter.Lower + 1 : parameter.Lower;

    /// <summary>The first path of <paramref name="parameter"/> (smallest indices) that <paramref name="scenario"/> has.</summary>
    private static string PathIn(Scenario scenario, ParameterDefinition parameter)
    {
        for (int i = 0; i < 10; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                var indices = new Queue<int>([i, j]);
                string path = Regex.Replace(parameter.Template, @"\[\]", _ => $"[{indices.Dequeue()}]");
                if (parameter.IndexCount < 2 && j > 0)
                {
                    break;
                }

                if (ScenarioParameters.Get(scenario, path) is not null)
                {
                    return path;
                }
            }
        }

        throw new AssertionException($"{parameter.Template} is not in {Full}");
    }

    [GeneratedRegex(@"^\| `(?<key>[a-z_\[\]\.\*0-9]+)` \| [^|]* \| (?<default>[^|]*) \|", RegexOptions.Multiline)]
    private static partial Regex GlanceRow();

    [GeneratedRegex(@"`isis\.\{(?<forms>[^}]*)\}`")]
    private static partial Regex IsisFitRow();
}
