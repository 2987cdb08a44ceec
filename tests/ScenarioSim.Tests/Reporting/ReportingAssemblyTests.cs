using ScenarioSim.IO;
using ScenarioSim.Model;
using ScenarioSim.Reporting;

namespace ScenarioSim.Tests.Reporting;

/// <summary>The reports are their own assembly: the core holds none of their code, and only the layout is public.</summary>
[TestFixture]
public sealed class ReportingAssemblyTests
{
    [Test]
    public void CoreAssembly_NoReportingTypes() =>
        Assert.That(
            typeof(Scenario).Assembly.GetTypes().Select(t => t.FullName),
            Has.None.StartsWith("ScenarioSim.Reporting"));

    [Test]
    public void ReportingAssembly_ChartPrimitivesInternal() =>
        Assert.That(
            typeof(RunReport).Assembly.GetExportedTypes().Select(t => t.Namespace),
            Has.All.EqualTo("ScenarioSim.Reporting"));

    [Test]
    public void ReportFileName_CoreOutputNamesAgreeWithReportSources() =>
        Assert.That(OutputNames.ReportFileName, Is.EqualTo(ReportSources.DefaultFileName));
}
