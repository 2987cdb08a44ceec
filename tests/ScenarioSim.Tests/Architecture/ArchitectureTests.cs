using System.Reflection;
using NetArchTest.Rules;
using ScenarioSim.Model;
using ScenarioSim.Reporting;

namespace ScenarioSim.Tests.Architecture;

/// <summary>
/// The dependencies allowed between the assemblies and namespaces (STYLE: parsing and YAML never leak into
/// the model or engine; the reports are their own package). The core's layers, bottom up: the foundation
/// (Randomness, Results, Diagnostics, Input, IO: each on its own); Statistics; Model; Yaml; Engine; Output (the
/// files of a run, above the engine whose results they hold); ScaleOut (shards and partial files); then
/// Calibration, Analysis, Forecasting and Hosting. Each rule holds today; a change that breaks one has to say
/// why the layering should change. No namespace depends on itself through others.
/// </summary>
[TestFixture]
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(Scenario).Assembly;
    private static readonly Assembly Reports = typeof(RunReport).Assembly;

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
    public void Engine_DependsNeitherOnYamlNorOnFilesNorOnWhatUsesIt() =>
        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace("ScenarioSim.Engine")
                .ShouldNot().HaveDependencyOnAny(
                    "ScenarioSim.Yaml", "ScenarioSim.IO", "ScenarioSim.Output", "ScenarioSim.ScaleOut",
                    "ScenarioSim.Hosting", "ScenarioSim.Analysis", "ScenarioSim.Calibration", "ScenarioSim.Forecasting"),
            "engine types depending on YAML, on file formats or on a layer above the engine");

    [Test]
    public void Output_SitsBelowScaleOutAndTheAnalyses() =>
        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace("ScenarioSim.Output")
                .ShouldNot().HaveDependencyOnAny(
                    "ScenarioSim.Yaml", "ScenarioSim.ScaleOut", "ScenarioSim.Hosting",
                    "ScenarioSim.Analysis", "ScenarioSim.Calibration", "ScenarioSim.Forecasting"),
            "run output formats depending on YAML, scale-out or a layer above them");

    [Test]
    public void ScaleOut_SitsBelowTheAnalyses() =>
        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace("ScenarioSim.ScaleOut")
                .ShouldNot().HaveDependencyOnAny(
                    "ScenarioSim.Yaml", "ScenarioSim.Hosting", "ScenarioSim.Analysis", "ScenarioSim.Calibration", "ScenarioSim.Forecasting"),
            "scale-out types depending on YAML or on a layer above them");

    [TestCase("ScenarioSim.Analysis", "ScenarioSim.Calibration")]
    [TestCase("ScenarioSim.Calibration", "ScenarioSim.Analysis")]
    public void AnalysisAndCalibration_IndependentOfEachOther(string layer, string sibling) =>
        AssertHolds(
            Types.InAssembly(Core).That().ResideInNamespace(layer).ShouldNot().HaveDependencyOn(sibling),
            $"{layer} types depending on {sibling}, a sibling layer");

    [TestCase("ScenarioSim.Randomness")]
    [TestCase("ScenarioSim.Results")]
    [TestCase("ScenarioSim.Diagnostics")]
    [TestCase("ScenarioSim.Input")]
    [TestCase("ScenarioSim.IO")]
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
    public void CoreNamespaces_NoCycle()
    {
        var cycles = NamespaceGraph.Of(Core).Cycles();

        Assert.That(
            cycles.Select(cycle => $"{{{string.Join(", ", cycle)}}}"),
            Is.Empty,
            "namespace cycles: each namespace of a cycle depends on itself through the others");
    }

    private static void AssertHolds(ConditionList rule, string what)
    {
        var result = rule.GetResult();
        Assert.That(result.IsSuccessful, $"{what}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
