using System.Reflection;
using NetArchTest.Rules;
using ScenarioSim.Model;
using ScenarioSim.Reporting;

namespace ScenarioSim.Tests.Architecture;

/// <summary>
/// The dependencies allowed between the assemblies and namespaces (STYLE: parsing and YAML never leak into
/// the model or engine; the reports are their own package). Each rule holds today; a change that breaks one
/// has to say why the layering should change. The namespace cycle that remains ({Analysis, Calibration,
/// Engine, Output}, issue 16) may shrink or go, but no new one may form.
/// </summary>
[TestFixture]
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Scenario).Assembly;
    private static readonly Assembly Reports = typeof(RunReport).Assembly;

    /// <summary>
    /// The namespace cycles present when this test was written; each cycle found must lie inside one of them.
    /// Remove an entry when its cycle is broken, so that it cannot come back.
    /// </summary>
    private static readonly string[][] KnownCycles =
    [
        ["Analysis", "Calibration", "Engine", "Output"],
    ];

    [Test]
    public void Core_DoesNotReferenceTheReportingAssembly() =>
        Assert.That(Core.GetReferencedAssemblies().Select(a => a.Name), Has.None.EqualTo(Reports.GetName().Name));

    [Test]
    public void Core_NoReportingTypesAndNoHtmlOrSvgCode()
    {
        AssertHolds(Types.InAssembly(Core).ShouldNot().HaveDependencyOn("ScenarioSim.Reporting"), "core types using ScenarioSim.Reporting");
        AssertHolds(Types.InAssembly(Core).ShouldNot().ResideInNamespace("ScenarioSim.Reporting"), "core types in ScenarioSim.Reporting");
        AssertHolds(Types.InAssembly(Core).ShouldNot().HaveNameMatching("(?i)svg|html|chart"), "core types named for HTML, SVG or charts");
    }

    [Test]
    public void Model_DependsOnNeitherEngineNorYamlNorOutput() =>
        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace("ScenarioSim.Model")
                .ShouldNot().HaveDependencyOnAny(
                    "ScenarioSim.Engine", "ScenarioSim.Yaml", "ScenarioSim.Output", "ScenarioSim.Input",
                    "ScenarioSim.Analysis", "ScenarioSim.Calibration", "ScenarioSim.Forecasting", "ScenarioSim.Hosting"),
            "model types depending on a layer above the model");

    [Test]
    public void Engine_DependsNeitherOnYamlNorOnWhatUsesIt() =>
        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace("ScenarioSim.Engine")
                .ShouldNot().HaveDependencyOnAny(
                    "ScenarioSim.Yaml", "ScenarioSim.Hosting", "ScenarioSim.Analysis", "ScenarioSim.Calibration", "ScenarioSim.Forecasting"),
            "engine types depending on YAML or on a layer above the engine");

    [TestCase("ScenarioSim.Randomness")]
    [TestCase("ScenarioSim.Results")]
    [TestCase("ScenarioSim.Diagnostics")]
    [TestCase("ScenarioSim.Input")]
    public void Foundation_DependsOnNoOtherScenarioSimNamespace(string foundation)
    {
        string[] others = [.. Core.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("ScenarioSim.", StringComparison.Ordinal) && n != foundation).Distinct()];

        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace(foundation).ShouldNot().HaveDependencyOnAny(others),
            $"{foundation} types depending on another ScenarioSim namespace");
    }

    [Test]
    public void ReportCharts_IndependentOfTheReportLayout()
    {
        string[] layout = [.. Reports.GetTypes().Where(t => t.Namespace == "ScenarioSim.Reporting").Select(t => t.FullName!)];

        AssertHolds(
            Types.InAssembly(Reports).That().ResideInNamespace("ScenarioSim.Reporting.Charts").ShouldNot().HaveDependencyOnAny(layout),
            "chart primitives depending on the report layout");
    }

    [Test]
    public void CoreNamespaces_NoCycleBeyondTheKnownOne()
    {
        var cycles = NamespaceGraph.Of(Core).Cycles();

        foreach (string[] cycle in cycles)
        {
            Assert.That(
                KnownCycles.Any(known => cycle.All(known.Contains)),
                $"a new namespace cycle {{{string.Join(", ", cycle)}}}: break it rather than add it to KnownCycles");
        }
    }

    private static void AssertHolds(ConditionList rule, string what)
    {
        var result = rule.GetResult();
        Assert.That(result.IsSuccessful, $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
