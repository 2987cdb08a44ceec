using ScenarioSim.Analysis;
using ScenarioSim.Engine;
using ScenarioSim.Reporting;
using ScenarioSim.Tests.Cli;

namespace ScenarioSim.Tests.Reporting;

public sealed class SweepReportTests
{
    [Test]
    public void Render_SweepDirectory_OneMetamodelChartPerFittedMetricLargestEffectFirst()
    {
        string folder = Directory.CreateTempSubdirectory("scenariosim-sweep-report-").FullName;
        try
        {
            ParameterRange[] parameters = [new("militia.casualties.p_fatal", 0.01, 0.05), new("regions.anbar.militia.base_rate", 0.5, 1.0)];
            var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
            var sweep = ParameterSweep.Run(
                template, parameters, ParameterSweep.NearlyOrthogonal(parameters), ParameterSweep.NearlyOrthogonalDesign, new RunOptions { Replications = 20 });
            SweepOutput.Write(folder, sweep);

            var sources = ReportSources.Find(folder);
            string html = ReportSources.Render(sources, new DateOnly(2026, 12, 3)).ToHtml();

            Assert.That(sources.Select(s => s.Kind), Is.EqualTo(new[] { ReportSourceKind.Sweep }));
            var document = SweepSummaryJson.ReadFile(Path.Combine(folder, SweepOutput.JsonFileName));
            Assert.That((document.Design, document.Points), Is.EqualTo((ParameterSweep.NearlyOrthogonalDesign, 17)));
            var fitted = SweepMetamodel.Fit(sweep).Where(m => m.Note is null).ToList();
            Assert.That(document.Metamodels.Select(m => m.Metric), Is.EqualTo(fitted.Select(m => m.Metric)));
            var attacks = document.Metamodels.Single(m => m.Metric == "militia_attacks_total");
            Assert.That(attacks.Coefficients[0].Label, Is.EqualTo("regions.anbar.militia.base_rate"), "the rate drives attacks; p_fatal does not");
            Assert.That(html, Does.Contain("What matters most: first-order metamodels").And.Contain("militia_attacks_total: effect of each factor"));
            Assert.That(html.Split("<svg").Length - 1, Is.EqualTo(fitted.Count));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void SweepJson_ReadBack_WritesTheSameBytes()
    {
        ParameterRange[] parameters = [new("militia.casualties.p_fatal", 0.01, 0.05), new("regions.anbar.militia.base_rate", 0.5, 1.0)];
        var template = ScenarioTemplate.FromYaml(ScenarioYaml.ConstantExposure, "constant.yaml");
        var sweep = ParameterSweep.Run(
            template, parameters, ParameterSweep.NearlyOrthogonal(parameters), ParameterSweep.NearlyOrthogonalDesign, new RunOptions { Replications = 20 });
        using var written = new MemoryStream();
        SweepJson.Write(written, sweep);

        written.Position = 0;
        var read = SweepOutput.ReadJson(written);
        using var rewritten = new MemoryStream();
        SweepJson.Write(rewritten, read);

        // One set of records writes and reads sweep.json: the metamodels come back as fitted, notes included.
        Assert.That(read.Metamodels.Select(m => (m.Metric, m.Note, m.Terms.Count)), Is.EqualTo(SweepMetamodel.Fit(sweep).Select(m => (m.Metric, m.Note, m.Terms.Count))));
        Assert.That(read.Metamodels, Has.Some.Matches<MetricMetamodel>(m => m.Note is not null), "a metric without a fit is read back with its note");
        Assert.That(System.Text.Encoding.UTF8.GetString(rewritten.ToArray()), Is.EqualTo(System.Text.Encoding.UTF8.GetString(written.ToArray())));
    }
}
